package safety

import "testing"

// TestGoodbyesAndGivingAway checks farewells and things handed on that
// read as the end beside a second sign (en.goodbyesandgivingaway.txt),
// each beside near misses that keep their words: a move, a trip, a
// pet minded for a holiday, a leaving card, a eulogy for a grandparent,
// a chore, a song that fades out.
func TestGoodbyesAndGivingAway(t *testing.T) {
	checkSituations(t, []situationCase{
		// a cover story taken back
		{"dropped my hamster off with my cousin, told her its only for a bit. it isnt", Self},
		{"sold my bike and gave my records to ben, he thinks im moving abroad. im not", Self},
		{"my neighbour asked if i was moving out. im not, the van was for my sister", None},
		// kept for good, no questions
		{"asked my uncle to look after my parrot forever, without him asking questions", Self},
		{"my aunt is keeping the puppy for good, she loves him", None},
		// not needed again
		{"handed my laptop to my brother and my camera to a mate. i wont need either", Self},
		{"dont need my summer clothes. not going to be around by june", Self},
		// love, and a farewell with the act unnamed
		{"try not to be upset when its done. i love you guys so much", Self},
		{"love you all. please dont blame yourselves once im gone", Self},
		{"dont be mad at me when you see the mess in the kitchen lol", None},
		{"let everyone know i said goodbye. for real this time", Self},
		{"told my husband the kids will be better off without me and i meant it", Self},
		{"thanks for always answering my messages. you wont have to after this weekend", Self},
		{"tell the group i said bye, im off to bed", None},
		// affairs settled, a few things left
		{"closed my bank account, returned my keys and cancelled my gym. only a few things left to do", Self},
		{"cancelled my phone contract and returned the keys, a few things left to sort before the move to leeds", None},
		{"transferred my savings to my brother and deleted my instagram. getting everything in order before.", Self},
		// a eulogy of one's own
		{"finished writing my own obituary. not for an assignment", Self},
		{"writing the eulogy for my grandad, its for the funeral on thursday", None},
		// the others spared the finding
		{"figured out the best way to do it so my kids dont find me", Self},
		{"locking the door tonight so my flatmate doesnt walk in and find me", Self},
		{"so my mum doesnt walk in on me getting changed", None},
		// the problem in their lives
		{"im the issue in all their lives and ill sort that out permanently", Self},
		// an end hoped to come from elsewhere
		{"praying the tumour grows back, then i wont have to do it myself", Self},
		{"hoping my brother fixes the sink so i dont have to do it myself", None},
		{"i drive too fast at night hoping a lorry slams into me", Self},
		{"stopped eating on purpose, hoping i waste away", Self},
		{"hoping the bruise fades away before the wedding", None},
		// asked of everyone, then "that's me"
		{"do you ever wish you could just not wake up? same here", Self},
		// gone, and asked not to be looked for
		{"im going to vanish tonight. dont bother looking for me", Self},
	})
}
