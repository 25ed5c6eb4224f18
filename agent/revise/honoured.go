package revise

import (
	"strings"
)

// Describe says the change in a few plain words, for a model's prompt:
// "shorter", "say: I'll visit you in December".
func (r Request) Describe() string {
	switch r.Kind {
	case Say:
		return "add this sentence: " + r.Detail
	case Drop:
		return "remove the part about: " + strings.TrimPrefix(r.Detail, "@")
	case StartWith:
		return "start the message with: " + r.Detail
	case Emoji:
		if r.Detail == "" {
			return "add one fitting emoji"
		}
		return "add this emoji: " + r.Detail
	case NoExclaim:
		return "no exclamation marks"
	case NoEmoji:
		return "no emoji"
	case LessNeedy:
		return "less needy: no pleading, no pressure to reply"
	case LessStiff:
		return "more natural, less stiff"
	case Replace:
		if thing, ok := strings.CutPrefix(r.Old, PartNamed); ok {
			return "call the " + thing + " by its name: " + r.Detail
		}
		if strings.HasPrefix(r.Old, "@") {
			return "no " + strings.TrimPrefix(r.Old, "@") + ", say instead: " + r.Detail
		}
		if r.Old == "" {
			return "change it to: " + r.Detail
		}
		return "change " + r.Old + " to " + r.Detail
	case Serious:
		return "more serious: no jokes, no light memories"
	}
	return string(r.Kind)
}

// Honoured reports whether after is before changed as r asks, by what can
// be seen in the text: lengths, marks, words. It is how a model's rewrite
// is checked before it is shown.
func Honoured(before, after string, r Request) bool {
	if strings.TrimSpace(after) == "" || fold(after) == fold(before) && r.Kind != NoExclaim {
		return false
	}
	switch r.Kind {
	case Shorter:
		return len(after) < len(before)
	case Longer:
		return len(after) > len(before)
	case NoExclaim:
		return !strings.Contains(after, "!") && strings.Contains(before, "!")
	case Emoji:
		if r.Detail != "" {
			return strings.Contains(after, strings.TrimSuffix(r.Detail, "\ufe0f"))
		}
		return strings.ContainsFunc(after, isEmojiRune)
	case NoEmoji:
		return !strings.ContainsFunc(after, isEmojiRune)
	case Say:
		want := Sentence(r.Detail, "", false)
		for _, k := range keyWords(want) {
			if !strings.Contains(fold(after), k) {
				return false
			}
		}
		return true
	case Drop:
		if strings.HasPrefix(r.Detail, "@") {
			return len(after) < len(before)
		}
		return !sharesKey(after, keyWords(r.Detail))
	case StartWith:
		w := strings.Fields(fold(r.Detail))
		a := strings.Fields(fold(after))
		return len(w) > 0 && len(a) >= len(w) && strings.EqualFold(a[0], w[0])
	case Replace:
		return r.Detail == "" || strings.Contains(fold(after), fold(r.Detail))
	case Serious:
		return !lightRe.MatchString(after)
	case Casual:
		return casualness(after) >= casualness(before)
	case Formal:
		return casualness(after) <= casualness(before)
	}
	return true
}
