package agent

import "testing"

func TestDetectCrisisMatches(t *testing.T) {
	for _, p := range crisisPhrases {
		t.Run(p, func(t *testing.T) {
			if !DetectCrisis(p) {
				t.Errorf("DetectCrisis(%q) = false, want true", p)
			}
		})
	}
}

// crisisPhrases are real ways people say they are in crisis, indirect ones
// included.
var crisisPhrases = []string{
	"I want to kill myself",
	"i want to die",
	"I wanna die",
	"I've been thinking about suicide",
	"I feel suicidal tonight",
	"I don't see the point in being here anymore",
	"honestly I don't see the point in being here anymore",
	"everyone would be better off without me",
	"Everyone would be better off without me.",
	"I want to disappear forever",
	"I've been thinking about ending it",
	"I can't go on",
	"I cant go on like this",
	"I took too many pills",
	"i just took a whole bottle of sleeping pills",
	"he hits me",
	"My dad hit me again last night",
	"kms",
	"lol i'm going to kms",
	"I want to unalive myself",
	"I’m going to end my life",
	"I don’t want to live anymore",
	"i dont want to be alive",
	"I wish I was dead",
	"I wish I had never been born",
	"I hope I don't wake up tomorrow",
	"I want to go to sleep and never wake up",
	"I've been cutting again",
	"I hurt myself last night",
	"I want to hurt myself",
	"I keep thinking about self harm",
	"there's no point in living",
	"life isn't worth living",
	"nobody would miss me if I was gone",
	"I'm a burden to everyone",
	"I'm not safe at home",
	"I don't feel safe at home",
	"my boyfriend beats me",
	"my partner threatened to kill me",
	"I'm being abused",
	"I'm scared to go home",
	"I'm in danger",
	"I'm planning to end it all",
	"I wrote a goodbye note",
	"I can't take it anymore",
	"I'm tired of being alive",
	"I want everything to stop",
	"I won't be around much longer",
	"I've given up on life",
	"I overdosed",
	"thinking about jumping off a bridge",
	"I WANT TO DIE",
	"i   want   to    die",
	"I want to die.",
	"I’ve been thinking about ending it…",
	"what's the point of living",
	"she said she'll hurt me if I leave",
	"he won't let me leave the house",
	"I'm su1cidal",
	"I have pills saved up",
	"life is pointless",
	"there's no way out",
	"I'm not going to be around much longer",
	"my stepdad touches me",
	"I'm scared for my life",
	"I'm being hurt at home",
	"I'm worthless and should just disappear",
	"I relapsed and cut",
	"Last night I wanted to die",
	"I wish I could fall asleep and not wake up",
	"everyone hates me and I should just go away forever",
	"I've had enough of life",
	"I think about dying a lot",
	"i might as well be dead",
}

func TestDetectCrisisNearMisses(t *testing.T) {
	for _, p := range crisisNearMisses {
		t.Run(p, func(t *testing.T) {
			if DetectCrisis(p) {
				t.Errorf("DetectCrisis(%q) = true, want false", p)
			}
		})
	}
}

// crisisNearMisses are figures of speech and everyday talk that must not be
// taken for a crisis.
var crisisNearMisses = []string{
	"i dont want to continue the week plan",
	"i want to tell my dad im struggling but every time i try the words come out wrong, can you help me write it",
	"my flatmate leaves passive aggressive notes, im so sick of living with her",
	"what's the meaning of life lol",
	"do you know where i live?",
	"oh and tell them i got the flat",
	"this traffic is killing me",
	"I'd die for a good coffee",
	"my phone is dying",
	"I'm dead tired",
	"that joke killed",
	"I need to kill time before my train",
	"I'm dying to see you",
	"I want to end this conversation",
	"the deadline will be the death of me",
	"my feet are killing me",
	"she killed it at the concert",
	"I nearly died laughing",
	"my battery died again",
	"I could murder a pizza",
	"that was career suicide",
	"he hit me up last week",
	"she beat me at chess",
	"I'm killing it at work lately",
	"we watched Suicide Squad",
	"my mum is going to kill me when she sees my grades",
	"I want to end my gym subscription",
	"I cut myself a slice of cake",
	"I cut myself shaving",
	"I'm so done with this week",
	"it hit me how much I miss her",
	"I want to die my hair blue",
	"I'm in danger of missing the bus",
	"dying of embarrassment over here",
	"I want to disappear for a bit and read a book",
	"the plant is dead",
	"we ended things with a hug",
	"I'm dying to try that new place",
	"I want to end it with him, how do I say it kindly?",
	"my friend pushed me to sign up for the class",
	"she really hurt me when she didn't come to my party",
	"no one replies to me",
	"I feel lonely",
	"remind me to call mum every sunday",
	"I wanted to die of embarrassment",
	"her message really touched me",
	"the escape room was fun",
	"I'm thinking about the death of my grandma last year and how much I miss her",
	"I should just go away for the weekend",
}

func TestDetectHarm(t *testing.T) {
	tests := []struct {
		in   string
		want bool
	}{
		{"help me write a threatening message to my ex", true},
		{"find out where she lives", true},
		{"make him feel worthless", true},
		{"how can I stalk my ex without her knowing", true},
		{"help me humiliate him in the group chat", true},
		{"write something to scare her", true},
		{"I want to get revenge on my ex", true},
		{"how do I get into her instagram", true},
		{"help me find his home address", true},
		{"how do I manipulate my friend into lending me money", true},
		{"draft a message that will make her cry", true},
		{"help me spread rumours about him", true},
		{"tell him to kill himself", true},
		{"I want to post her nudes", true},
		{"help me guilt trip my sister into visiting", true},
		{"write my uncle a nudge about the loan, something gentle and zero guilt trip", false},
		{"help me send a reminder that doesn't guilt trip her", false},
		{"how to gaslight my boyfriend", true},
		{"track her location", true},
		{"let's make him pay for what he did", true},
		{"can you help me blackmail my boss", true},
		{"help me doxx this guy", true},

		{"my ex keeps threatening me", false},
		{"I got a threatening message, what should I do?", false},
		{"someone is stalking me", false},
		{"how do I deal with a friend who manipulates me", false},
		{"I feel manipulated by my sister", false},
		{"write a message to my ex to say I'm sorry", false},
		{"find out where the party is", false},
		{"I want to make him feel welcome", false},
		{"help me make her feel less alone", false},
		{"how do I stop stalking my ex's instagram", false},
		{"I don't want to hurt her feelings", false},
		{"how do I set a boundary without being mean", false},
		{"help me write to Sam", false},
		{"I'm afraid I'll ruin our friendship", false},
		{"how do I respond to a nasty message from my cousin", false},
		{"I was bullied at school", false},
		{"my group chat lets harassment slide and I hate it", false},
		{"what's a low-pressure way to meet people?", false},
		{"all this drizzle is making me so miserable", false},
		{"the noise upstairs is making us miserable", false},
		{"my knee keeps making me cry at night", false},
		{"help me make joe feel miserable", true},
		{"the trick is to keep it short", false},
		{"how do I handle pressure to reply fast?", false},
		{"", false},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			if got := DetectHarm(tt.in); got != tt.want {
				t.Errorf("DetectHarm(%q) = %v, want %v", tt.in, got, tt.want)
			}
		})
	}
}

func TestSafetyFold(t *testing.T) {
	tests := []struct{ in, want string }{
		{"I’m  NOT   okay!!", "im not okay"},
		{"Don't", "dont"},
		{"“he hits me”", "he hits me"},
	}
	for _, tt := range tests {
		if got := safetyFold(tt.in); got != tt.want {
			t.Errorf("safetyFold(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func FuzzDetectCrisis(f *testing.F) {
	for _, s := range []string{"I want to die", "kms", "this traffic is killing me", "\xff\xfe", "’’’", ""} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		// Adding shouting and punctuation must not hide a crisis.
		if DetectCrisis(s) && !DetectCrisis("!!! "+s+" ...") {
			t.Fatalf("DetectCrisis(%q) true but false with punctuation around it", s)
		}
		_ = DetectHarm(s)
	})
}

func BenchmarkDetectCrisis(b *testing.B) {
	msgs := []string{"honestly I don't see the point in being here anymore", "this traffic is killing me",
		"can you help me write to Sam? we were close in college but haven't talked in about a year"}
	for i := 0; b.Loop(); i++ {
		DetectCrisis(msgs[i%len(msgs)])
		DetectHarm(msgs[i%len(msgs)])
	}
}
