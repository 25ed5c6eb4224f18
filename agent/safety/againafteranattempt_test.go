package safety

import "testing"

// TestAgainAfterAnAttempt checks an attempt that already happened and
// one made ready again (en.againafteranattempt.txt), trying again after
// losing one's nerve, the urge back after months without hurting
// oneself, and the act gone through in the head; beside a driving test,
// a bungee jump, a speech and an argument replayed.
func TestAgainAfterAnAttempt(t *testing.T) {
	checkSituations(t, []situationCase{
		{"the hospital released me on friday and ive already made another plan", Self},
		{"since surviving that overdose in may ive been saving up tablets again", Self},
		{"my second attempt failed but ive got a different plan this time", Self},
		{"going through with it tomorrow, last time i froze", Self},
		{"last time i couldnt go through with it. trying again this weekend", Self},
		{"retaking my driving test again tomorrow, last time i panicked", None},
		{"doing the zip line again saturday, last time i chickened out", None},
		{"six weeks without burning myself and tonight i really want to do it again", Self},
		{"i played it through in my head again, every step, and i felt so calm after", Self},
		{"went through it in my mind, start to finish, so i dont mess it up", Self},
		{"rehearsed my best man speech in my head, start to finish, and felt calm", None},
		{"went over the argument in my head again, the whole thing, and felt relief that it was over", None},
	})
}
