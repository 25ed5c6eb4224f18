package compose

import "strings"

// Describe says a detail in a short plain phrase, for a language model that
// writes the draft itself: "sorry about your dad", "you got promoted",
// "thank you for looking after my cat".
func Describe(d Detail) string {
	t := d.Text
	for _, p := range []string{"ahead:", "onme:", "need:", "met:", "on:", "whether:", "going:", "booked:", "say:", "when:", "since:"} {
		t = strings.TrimPrefix(t, p)
	}
	switch d.Kind {
	case Rift:
		// The model is told nothing of the row; the draft's voice already
		// says enough.
		return ""
	case Loss:
		if who, said, _, ok := remembered(t); ok {
			if said == "" {
				return "remembering " + who + " with you today"
			}
			return said
		}
		if t == "loss" {
			return "sorry for your loss"
		}
		return "sorry about " + t
	case Fact:
		if age, ok := strings.CutPrefix(t, "age:"); ok {
			return "turning " + age
		}
		if x, ok := strings.CutPrefix(t, "more:"); ok {
			return "it is " + x
		}
		if since, ok := strings.CutPrefix(t, "quiet:"); ok {
			return "the chat has been quiet since " + since
		}
		return "you love " + t
	case Noticed:
		verb, obj, ok := strings.Cut(t, "|")
		if ok {
			return noticedVerb[strings.ToLower(verb)] + " " + strings.Replace(obj, "|", ", since ", 1)
		}
	case Sorry:
		return "sorry " + strings.TrimPrefix(t, "that ")
	case ThanksFor:
		return "thank you for " + t
	case Ask:
		if x, ok := strings.CutPrefix(t, "give:"); ok {
			return "would you give me " + x
		}
	case Memory:
		if strings.HasPrefix(d.Text, "since:") {
			return "we have not talked since " + t
		}
	case Plan:
		if strings.HasPrefix(d.Text, "met:") {
			return "we met at " + t
		}
	}
	return t
}

// Slight reports whether a detail says too little to stand for what the
// person wants to mention: who died, a falling-out, or only how close they
// once were.
// The drafting flow still asks for a memory when these are all it has.
func Slight(d Detail) bool {
	return d.Kind == Loss || d.Kind == Rift || d.Kind == Memory && strings.HasPrefix(d.Text, "how close we were")
}
