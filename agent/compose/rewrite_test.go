package compose

import (
	"slices"
	"strings"
	"testing"
)

// TestParseSaysItAgain checks details that used to be pasted as typed, or
// lost: each comes back rewritten to speak to the recipient, or not at all.
func TestParseSaysItAgain(t *testing.T) {
	tests := []struct {
		name, text string
		kind       Kind
		want       string // "" when nothing of that kind may come back
	}{
		{"Leanne", "my coworker Leanne's mum died on tuesday", Loss, "your mum"},
		{"Kofi", "i want to ask my brother Kofi to call me this weekend", Ask, "call me this weekend"},
		{"Kofi", "i've been in a bad place since losing my job and i want to ask him to call", Struggle, "Since losing my job, I have been in a bad place"},
		{"Jonas", "i asked Jonas about his new flat and got nothing back", Topic, "your new flat"},
		{"Hana", "im so proud of her", Feeling, "I'm so proud of you"},
		{"Marion", "she got me through my first race and i never properly thanked her", MyNews, ""},
		{"Yusuf", "he had to have his old spaniel Pepper put down", Loss, "Pepper"},
		{"Ollie", "i just finished a podcast about deep sea fish and you would love it", Noticed, "finished|a podcast about deep sea fish|you would love it"},
		{"Rosa", "saw sunflowers at the market and she always grew them", Noticed, "saw|sunflowers at the market|you always grew them"},
		{"Rob", "i watched a film last night where the guy fakes his death and its hilarious", Noticed, "watched|a film where the guy fakes his death"},
		{"Keiko", "she's obsessed w her cat mochi", Fact, "your cat Mochi"},
		{"Denise", "i didnt really know her mom", Sorry, ""},
		{"Omar", "one more message that isnt needy", Topic, ""},
		{"Ibrahim", "a guy called ibrahim found my wallet on the bus", TheirNews, "you found my wallet on the bus"},
		{"Tom", "owe tom an apology, borrowed his drill in may", Sorry, "that I borrowed your drill in May"},
		{"", "our five a side chat is dead, lets get a game going", Plan, "we get a game going"},
		{"Bisi", "we lost my uncle Femi on sunday", Loss, "Uncle Femi"},
		{"Khadija", "i asked her to come to my art show 2 weeks ago and never heard back", Topic, "my art show"},
		{"Sam", "i don't want to seem needy", MyNews, ""},
		{"Marcus", "he lost his job yesterday and i dont know what to send him", MyNews, ""},
		{"Marcus", "he lost his job yesterday and i dont know what to send him", Feeling, ""},
		{"Ayo", "her flat flooded, not sure what to text her", MyNews, ""},
		{"Dad", "he used to take me fishing at the lake", Memory, "how you would take me fishing at the lake"},
		{"Jonno", "he's a lad", TheirNews, ""},
		{"Grandma", "she turns 92 next week", Fact, "age:92"},
		{"Arjun", "id like you to refer me", Ask, "refer me"},
		{"Dr Mensah", "i want to thank dr. mensah for writing my recommendation letter", ThanksFor, "writing my recommendation letter"},
		{"Dr Mensah", "i want to thank dr. mensah for writing my recommendation letter", TheirNews, ""},
		{"Prof Ruiz", "thanks to prof. ruiz for reading my draft chapter", ThanksFor, "reading my draft chapter"},
		{"Lena", "tell her ill ring her in the morning", Feeling, "I'll ring you in the morning"},
		{"Pat", "promise ill be on time from now on", Feeling, "I promise I'll be on time from now on"},
		{"Omar", "he showed me how to surf, we havent spoken since his wedding 5 years ago", Memory, "how you showed me how to surf"},
		{"Bo", "my mate bo won gold at the regional swim meet haha he trains every morning", TheirNews, "you won gold at the regional swim meet"},
		{"Aunt Jo", "shes going to be 70 on the 3rd", Fact, "age:70"},
		{"Kim", "we shared a flat in leeds for two years", Memory, "how we shared a flat in Leeds"},
		{"Ana", "we were really close at uni, havent called her in ages", Memory, "how close we were at uni"},
		{"Lou", "i owe lou an apology, i still havent replied to her long email about the move", Sorry, "for not replying to your long email about the move"},
		{"Raf", "it wont happen again, promise", Feeling, "It won't happen again"},
		{"", "i'd love to organise a walk up the hill next saturday", Plan, "we organise a walk up the hill sometime next Saturday"},
		{"", "asking if everyone is up for a quiz night at the pub", Plan, "a quiz night at the pub"},
		{"Jo", "i messaged jo last week to ask how the interview went, nothing yet", Topic, "how the interview went"},
		{"Gran", "my grandpa passed in march and i want to write to my gran. he always brought her flowers on fridays", Memory, "how he always brought you flowers"},
		{"Tess", "i spotted a cat on the wall that was the image of her cat pickle lol", Noticed, "spotted|a cat over the wall that was the image of your cat Pickle"},
		{"Dom", "dom passed his exams (finally) and hes buzzing", TheirNews, "you passed your exams"},
		{"Wes", "wes and his wife had a baby yesterday! a baby boy named otto", Feeling, "Otto is such a beautiful name"},
		{"Lin", "my cousin lin got into uni, shes the first in her family to go to university", Feeling, "The first in the family to go to university, and I'm so proud of you"},
		{"Pia", "pia has the flu, i could drop some soup round tomorrow", Feeling, "I could drop some soup round tomorrow"},
		{"Al", "just saying i miss him and hope hes ok", Feeling, "I miss you and hope you're ok"},
		{"Priya", "my driving test is on friday and im a wreck, could she come with me for the practice run", Ask, "come with me for the practice run"},
		{"Mr Lee", "sorry to mr lee next door, my kids kicked a ball through his window. offer to pay for the glass", Sorry, "that my kids kicked a ball through your window"},
		{"Mr Lee", "sorry to mr lee next door, my kids kicked a ball through his window. offer to pay for the glass", Feeling, "I'd like to pay for the glass"},
		{"Ana", "follow up with ana, i emailed ana my cv two weeks ago and nothing", Topic, "my CV"},
		{"", "the running club chat is dead, we used to do sunday runs", Memory, "our Sunday runs"},
		{"Tom", "sorry msg to tom, i was exhausted and forgot toms leaving do", Sorry, "that I forgot your leaving do"},
		{"Cleo", "a thank you card for cleo, for looking after the twins all half term", ThanksFor, "looking after the twins all half term"},
		{"Lewis", "my mate lewis got the job he wanted!! can you put into words how proud i am", Ask, ""},
		{"Bea", "i want to ask bea if she could go with me to the dentist on monday", Ask, "go to the dentist on Monday with me"},
		{"", "want everyone to meet for brunch next sunday", Plan, "we meet for brunch next Sunday"},
		{"", "lowkey want to suggest we do a secret santa this year", Plan, "we do a secret santa this year"},
		{"Jo", "sorry text to jo, i borrowed jos bike and lost the lock", Sorry, "that I borrowed your bike and lost the lock"},
		{"Ed", "i want to tell my brother ed that ive been really struggling since the divorce. i dont want to seem a burden", Struggle, "I've been struggling since the divorce"},
		{"Ed", "i want to tell my brother ed that ive been really struggling since the divorce. i dont want to seem a burden", MyNews, ""},
		{"Lorenzo", "message lorenzo, my old supervisor, asking if they have any junior roles coming up", Ask, "whether:they have any junior roles coming up"},
		{"Dr Abe", "follow up with dr abe, i asked him for a reference letter two weeks ago", Topic, "the reference letter"},
		{"Marco", "follow up with marco, invited him to my housewarming on the 3rd and he read it", Topic, "my housewarming on the 3rd"},
		{"Marco", "follow up with marco, invited him to my housewarming on the 3rd and he read it", TheirNews, ""},
		{"Ro", "my mum died in may and im struggling. i want to tell my friend ro that i need him", Ask, "need:I need you"},
		{"Ro", "my mum died in may and im struggling. i want to tell ro that he keeps checking in and it helps", Feeling, "Thank you for always checking in"},
		{"Vic", "ask my old manager vic, if i can use him as a reference", Ask, "need:Could I use you as a reference?"},
		{"Ms Ito", "thank my daughters coach ms ito, she believed in her all season", TheirNews, "you believed in my daughter all season"},
		{"Ines", "tell ines im really sorry but i cant come to her graduation, my shift got moved", Sorry, "that I can't come to your graduation"},
		{"Ines", "tell ines im really sorry but i cant come to her graduation, my shift got moved", MyNews, "my shift got moved"},
		{"Kaz", "follow up with kaz, i sent him a text about his mums retirement do and nothing", Topic, "your mum's retirement do"},
		{"Lena", "workmate lena just had twins, write something nice", TheirNews, "you had twins"},
		{"Cal", "btw we're all going to the christmas do next friday", Plan, "ahead:the Christmas do next Friday"},
		{"Dr Yu", "email to dr yu asking if she'd look over my cover letter", Ask, "look over my cover letter"},
		{"Noa", "how do i thank noa for covering my shift on sunday", ThanksFor, "covering my shift on Sunday"},
		{"Ife", "a guy from my climbing gym, ife, finished his first half marathon", TheirNews, "you finished your first half marathon"},
		{"Pip", "my cousin pip got her first flat", TheirNews, "you got your first flat"},
		{"Jamal", "i want to apologise to jamal, i said some stuff about his girlfriend that was well out of order", Sorry, "for what I said about your girlfriend"},
	}
	for _, tt := range tests {
		o := DetectOccasion(tt.text)
		ds := Parse(tt.text, tt.name, o)
		var got []string
		for _, d := range ds {
			if d.Kind == tt.kind {
				got = append(got, d.Text)
			}
		}
		switch {
		case tt.want == "" && len(got) > 0:
			t.Errorf("Parse(%q) kept %q, want nothing of kind %d", tt.text, got, tt.kind)
		case tt.want != "" && !slices.Contains(got, tt.want):
			t.Errorf("Parse(%q) = %+v, want %q of kind %d", tt.text, ds, tt.want, tt.kind)
		}
	}
}

// TestWriteSaysTheOccasion checks that a draft names what it is for even
// when no detail did.
func TestWriteSaysTheOccasion(t *testing.T) {
	for _, tt := range []struct {
		o    Occasion
		tie  Tie
		d    []Detail
		want string
	}{
		{Thanks, TieFriend, []Detail{{Kind: TheirNews, Text: "you were there for me"}}, "thank"},
		{Condolence, TieFriend, []Detail{{Kind: Loss, Text: "loss"}}, "sorry"},
		// A death remembered on its day says so, without a sorry for news.
		{Condolence, TieFriend, []Detail{{Kind: Loss, Text: "year:your dad"}}, "remembering your dad"},
		{Congrats, TieFriend, []Detail{{Kind: MyNews, Text: "I'm coming to Leeds"}}, "congrat"},
		{Apology, TieWork, []Detail{{Kind: Feeling, Text: "I feel awful about it"}}, "sorry"},
		{Birthday, TieWork, nil, "birthday"},
	} {
		for v := range 3 {
			got := Write(Spec{Occasion: tt.o, Name: "Sam", Tie: tt.tie, Details: tt.d, Variant: v})
			if !strings.Contains(strings.ToLower(got), tt.want) {
				t.Errorf("Write(%s, variant %d) = %q, want it to say %q", tt.o, v, got, tt.want)
			}
		}
	}
}

// TestWriteAsksAndLeavesThemFree checks an ask for a thing and a
// follow-up's closing.
func TestWriteAsksAndLeavesThemFree(t *testing.T) {
	ask := Write(Spec{Occasion: Professional, Name: "Sipho", Tie: TieWork, Details: []Detail{{Kind: Ask, Text: "for a coffee chat"}}})
	if !strings.Contains(ask, "Would you be open to a coffee chat?") {
		t.Errorf("Write = %q, want the coffee chat asked for", ask)
	}
	for v := range 3 {
		f := Write(Spec{Occasion: FollowUp, Name: "Sol", Details: []Detail{{Kind: Topic, Text: "the jazz bar"}}, Variant: v})
		if !strings.Contains(f, "no pressure") {
			t.Errorf("Write(follow-up, variant %d) = %q, want it to leave them free", v, f)
		}
	}
}

// TestCongratsNewsBreaksTheCopy checks that long news is said without
// eight of the person's words in a row, and still says what happened.
func TestCongratsNewsBreaksTheCopy(t *testing.T) {
	text := "my friend Ruth got engaged on a beach in cornwall last weekend"
	d := Write(Spec{Occasion: Congrats, Name: "Ruth", Details: Parse(text, "Ruth", Congrats)})
	long := Write(Spec{Occasion: Congrats, Name: "Ruth", Details: []Detail{{Kind: TheirNews, Text: "you got promoted to head of design at work"}}})
	if !strings.Contains(long, "Congratulations on getting promoted to head of design at work! I'm so happy for you!") {
		t.Errorf("Write = %q, want long news said around the changed verb, in a sentence of its own", long)
	}
	if !strings.Contains(d, "engaged") || !strings.Contains(strings.ToLower(d), "congrat") || sharesRun(d, text, 8) {
		t.Errorf("Write = %q, want congratulations on the engagement and no eight words of %q", d, text)
	}
}
