package agent

import (
	"testing"
	"unicode/utf8"
)

func TestParseIntentCommands(t *testing.T) {
	tests := []struct {
		in   string
		kind string
		arg  string
	}{
		{"/start", IntentStart, ""},
		{"/help", IntentHelp, ""},
		{"/reflect", IntentReflect, ""},
		{"/draft Sam", IntentDraft, "Sam"},
		{"/draft   my sister Ana  ", IntentDraft, "my sister Ana"},
		{"/ask how do I make friends?", IntentAsk, "how do I make friends?"},
		{"/plan", IntentPlan, ""},
		{"/remind call mum every sunday", IntentRemind, "call mum every sunday"},
		{"/contacts", IntentContacts, ""},
		{"/cancel", IntentCancel, ""},
		{"/export", IntentExport, ""},
		{"/forget", IntentForget, ""},
		{"/privacy", IntentPrivacy, ""},
		{"/settings", IntentSettings, ""},
		{"!draft Tom", IntentDraft, "Tom"},
		{"!HELP", IntentHelp, ""},
		{"/Start@companion_bot", IntentStart, ""},
		{"/draft@companion_bot Sam", IntentDraft, "Sam"},
		{"/DRAFT\tSam", IntentDraft, "Sam"},
		{"/frobnicate", IntentUnknownCommand, ""},
		{"/weather today", IntentUnknownCommand, "today"},
		{"!unknown", IntentUnknownCommand, ""},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			got := ParseIntent(tt.in)
			if got.Kind != tt.kind || got.Arg != tt.arg || !got.Command {
				t.Errorf("ParseIntent(%q) = %+v, want kind %q arg %q command", tt.in, got, tt.kind, tt.arg)
			}
		})
	}
}

func TestParseIntentFreeText(t *testing.T) {
	tests := []struct {
		in   string
		want string
	}{
		// Drafting requests.
		{"can you help me write to my sister", IntentDraft},
		{"draft a check-in to Sam", IntentDraft},
		{"help me message my old friend", IntentDraft},
		{"what should I say to Tom", IntentDraft},
		{"Can you help me write to Sam? we were close in college", IntentDraft},
		{"I want to reach out to my cousin", IntentDraft},
		{"write a birthday message for Mum", IntentDraft},
		{"could you help me text my brother", IntentDraft},
		{"I want to apologise to Jo for missing her party", IntentDraft},
		{"I need to say sorry to my sister", IntentDraft},
		{"help me thank my neighbour Kemal for watering the plants", IntentDraft},
		{"I want to make up with Tom after our fight", IntentDraft},
		{"I'd like to clear the air with my brother", IntentDraft},
		{"I want to congratulate Ana on her new job", IntentDraft},
		{"I want to wish Ana a happy birthday", IntentDraft},
		{"apologise to Jo", IntentDraft},
		// Not a message to anyone: thanking the companion, asking how.
		{"I want to thank you for your help", IntentNone},
		{"I want to thank u", IntentNone},
		{"how do I apologise to someone I hurt?", IntentAsk},
		{"I want to know how to apologise", IntentAsk},
		{"I need to make up my mind", IntentNone},
		{"send me a daily nudge at 8am", IntentRemind},
		{"I'd like a morning prompt", IntentRemind},
		// Reflection.
		{"I want to reflect", IntentReflect},
		{"help me think about my friendships", IntentReflect},
		{"I'd like to do some journaling", IntentReflect},
		// The plan.
		{"start the 7 day plan", IntentPlan},
		{"what's today's task", IntentPlan},
		{"What’s today’s task?", IntentPlan},
		{"start the seven-day plan please", IntentPlan},
		// Reminders.
		{"remind me to call mum every sunday", IntentRemind},
		{"set a reminder for Tom", IntentRemind},
		{"show my reminders", IntentRemind},
		{"check in with Mum every Sunday", IntentRemind},
		{"I want to call my brother every two weeks", IntentRemind},
		{"I finished day 2", IntentPlan},
		{"I did today's task!", IntentPlan},
		// Feelings.
		{"I feel disconnected", IntentFeeling},
		{"I'm so lonely", IntentFeeling},
		{"Im so lonely lately", IntentFeeling},
		{"nobody talks to me", IntentFeeling},
		{"no one replies to me anymore", IntentFeeling},
		{"I don't really have any friends", IntentFeeling},
		{"feeling really left out at work", IntentFeeling},
		{"I'm sad about my friendships", IntentFeeling},
		// Guide questions.
		{"my friend just stopped replying. what did I do wrong?", IntentAsk},
		{"how do I make friends as an adult", IntentAsk},
		{"Is it ok to text someone twice?", IntentAsk},
		{"should I apologise to my sister first?", IntentAsk},
		{"why do people ghost", IntentAsk},
		{"any tips for small talk", IntentAsk},
		{"can I set boundaries with family without guilt?", IntentAsk},
		{"not sure how to talk to my dad anymore", IntentAsk},
		// A "how to" that tells what someone taught or knew asks nothing.
		{"my uncle passed on friday, he's the one who showed me how to ride a bike", IntentNone},
		{"my nan always knew how to make people feel welcome", IntentNone},
		// Courtesy.
		{"hi", IntentGreeting},
		{"Hello!", IntentGreeting},
		{"hey there", IntentGreeting},
		{"good morning", IntentGreeting},
		{"thanks", IntentThanks},
		{"Thank you so much!", IntentThanks},
		{"thanks, that was really helpful", IntentThanks},
		// Control words.
		{"yes", IntentYes},
		{"Yeah", IntentYes},
		{"sure!", IntentYes},
		{"ok", IntentYes},
		{"yep", IntentYes},
		{"please", IntentYes},
		{"yes please", IntentYes},
		{"no", IntentNo},
		{"nope", IntentNo},
		{"not now", IntentNo},
		{"no thanks", IntentNo},
		{"No thank you.", IntentNo},
		{"skip", IntentSkip},
		{"pass", IntentSkip},
		{"next question", IntentSkip},
		{"back", IntentBack},
		{"previous", IntentBack},
		{"go back", IntentBack},
		{"pause", IntentPause},
		{"later", IntentPause},
		{"let's stop here", IntentPause},
		{"Let’s stop here.", IntentPause},
		{"done", IntentDone},
		{"that's it", IntentDone},
		{"Perfect!", IntentDone},
		{"looks good", IntentDone},
		{"cancel", IntentCancel},
		{"stop", IntentCancel},
		{"quit", IntentCancel},
		{"exit", IntentCancel},
		{"never mind", IntentCancel},
		{"help", IntentHelp},
		{"what can you do?", IntentHelp},
		{"Yes, let's do it", IntentYes},
		{"ok sure, sounds good", IntentYes},
		{"no thanks, not now", IntentNo},
		{"nope, I'm good", IntentNo},
		{"no, my sister", IntentNone},
		{"yes but only on weekends", IntentNone},
		{"tell me about ghosting", IntentAsk},
		{"advice on making friends at work", IntentAsk},
		{"explain the weather to me", IntentNone},
		// Privacy and data.
		{"delete my data", IntentForget},
		{"export my data", IntentExport},
		{"is this private?", IntentPrivacy},
		{"change my timezone", IntentSettings},
		// Negatives: control words inside longer messages, unrelated text.
		{"no one replies to me", IntentFeeling},
		{"no, I mean my friend from school", IntentNone},
		{"yes she was my best friend for years", IntentNone},
		{"I skipped her party and feel bad", IntentNone},
		{"we went back to the lake last summer", IntentNone},
		{"I'm done with waiting for him to call", IntentNone},
		{"stop signs everywhere on the road trip", IntentNone},
		{"Hi Sam, long time no see", IntentNone},
		{"the road trip to the coast", IntentNone},
		{"what's the weather like?", IntentNone},
		{"thanks for the reminder", IntentThanks},
		{"we made a plan to meet in 7 days", IntentNone},
		{"we used to call every day", IntentNone},
		{"I haven't talked to him in 7 days", IntentNone},
		{"remove my ex from my head", IntentNone},
		{"", IntentNone},
		{"   ", IntentNone},
		{"!!!", IntentNone},
		{"/ ", IntentNone},
		{":)", IntentNone},
		{"my sister Ana, and Tom from my old job", IntentNone},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			got := ParseIntent(tt.in)
			if got.Kind != tt.want {
				t.Errorf("ParseIntent(%q).Kind = %q, want %q", tt.in, got.Kind, tt.want)
			}
			if got.Command {
				t.Errorf("ParseIntent(%q).Command = true for free text", tt.in)
			}
		})
	}
}

func TestParseIntentFreeTextArgIsWholeText(t *testing.T) {
	got := ParseIntent("  draft a check-in to Sam  ")
	if want := "draft a check-in to Sam"; got.Arg != want {
		t.Errorf("Arg = %q, want %q", got.Arg, want)
	}
}

func TestFoldText(t *testing.T) {
	tests := []struct{ in, want string }{
		{"  Hello,   World!! ", "hello world"},
		{"I’m “fine”", "i'm fine"},
		{"'quoted'", "quoted'"},
		{"ÉTÉ—été", "été été"},
		{"", ""},
	}
	for _, tt := range tests {
		if got := foldText(tt.in); got != tt.want {
			t.Errorf("foldText(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func FuzzParseIntent(f *testing.F) {
	for _, s := range []string{"/draft Sam", "!help@bot", "hi", "no thanks", "/", "!", "/\xff", "what's today's task?", "I’m so lonely"} {
		f.Add(s)
	}
	known := map[string]bool{}
	for _, k := range []string{IntentNone, IntentStart, IntentHelp, IntentReflect, IntentDraft, IntentAsk,
		IntentPlan, IntentRemind, IntentContacts, IntentCancel, IntentExport, IntentForget, IntentPrivacy,
		IntentSettings, IntentGreeting, IntentThanks, IntentFeeling, IntentYes, IntentNo, IntentSkip,
		IntentBack, IntentPause, IntentDone, IntentUnknownCommand} {
		known[k] = true
	}
	f.Fuzz(func(t *testing.T, s string) {
		got := ParseIntent(s)
		if !known[got.Kind] {
			t.Fatalf("ParseIntent(%q) gave unknown kind %q", s, got.Kind)
		}
		if utf8.ValidString(s) && !utf8.ValidString(got.Arg) {
			t.Fatalf("ParseIntent(%q).Arg = %q is not valid UTF-8", s, got.Arg)
		}
		if len(got.Arg) > len(s) {
			t.Fatalf("Arg longer than input")
		}
	})
}

func BenchmarkParseIntent(b *testing.B) {
	msgs := []string{"/draft@companion_bot Sam", "can you help me write to my sister", "no thanks",
		"my friend just stopped replying. what did I do wrong?", "the road trip to the coast"}
	for i := 0; b.Loop(); i++ {
		ParseIntent(msgs[i%len(msgs)])
	}
}
