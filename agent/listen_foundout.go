package agent

import "strings"

// Finding out afterwards, from a photo or a story, that everyone went
// without the person ("everyone at work went for drinks for sam's leaving
// do and i found out from instagram", "the whole gang went camping and i
// only saw it on snapchat") is being left out, whatever the occasion was:
// a leaving do in it is no move of the person's own, and a weekend away
// no glad news.

// reFoundOutAfterExpr is that scene: the others gone somewhere, the
// person learning of it after.
const reFoundOutAfterExpr = `(?:everyone|everybody|all of them|the whole (?:team|office|group|class|gang)|they|the others|my (?:friends|mates|colleagues|coworkers|team))(?: \w+){1,10} (?:and|but) (?:i )?(?:only |just )?(?:found out|find out|heard about it|saw it|saw|learned)(?: about it)? (?:from|on|through|via|in|by) (?:their |the |her |his |someones |everyones )?(?:stories|story|instagram|insta|facebook|socials|social media|posts|pics|photos|snaps|snapchat|tiktok|group chat|accident|chance)`

// reFoundOutAfter matches reFoundOutAfterExpr in folded text.
var reFoundOutAfter = mustPattern(`\b(?:` + reFoundOutAfterExpr + `)\b`)

// foundOutAfter reports the others gone without the person, learned of
// afterwards, with nothing asked.
func foundOutAfter(text string) bool {
	return reFoundOutAfter.MatchString(strings.ReplaceAll(foldText(text), "'", "")) && !asksGuide(text) && !asksToWrite(text)
}
