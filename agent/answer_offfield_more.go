package agent

// Three more shapes of another field's question that names people or
// shares the guide's words: a date still being courted ("how long do i
// wait to text after a first date"), a term of finance ("how does compound
// interest work") and the mechanics of applying for a job ("when do i
// chase up my job application"). The guide says how to keep in touch with
// people one knows; a dating coach, a bank and a careers adviser answer
// these, whoever else the question names.

// reEarlyDate is a date in its first steps: a first, second or third
// date, or the date just had. What to do about one is romance; only
// stepping back from someone met online, which the guide covers for anyone
// met there (reStepBackAsk), is left to the guide.
var reEarlyDate = mustPattern(`\b(?:first|second|third|1st|2nd|3rd) dates?\b|\bafter (?:our|the|a|my) date\b`)

// reFinanceTerm is a term of banking or investing asked about: interest on
// savings or a loan, a credit score, a fund to invest in.
var reFinanceTerm = mustPattern(`\b(?:compound|simple) interest\b|\binterest rates?\b|\binterest on (?:a |an |my |the |our |your )?(?:loan|savings|mortgage|credit card|card|debt|account)s?\b|\bcredit (?:score|rating)s?\b|\bindex funds?\b|\b(?:isa|401k|roth ira)\b`)

// reJobHunt is applying for a job: an application or a cover letter to
// send or chase. "my friend got the job i applied for" tells of people and
// is no such question.
var reJobHunt = mustPattern(`\b(?:job|internship|grad scheme|graduate scheme) applications?\b|\bcover letters?\b|\b(?:follow(?:ing)? up|chas(?:e|ing) up|chase|chasing) (?:on |about )?(?:a |an |my |the )?(?:application|interview)\b`)

// moreOffField reports a folded question of one of these three shapes.
func moreOffField(folded string) bool {
	if reEarlyDate.MatchString(folded) && !reStepBackAsk.MatchString(folded) && !reMeetSafelyOrShare.MatchString(folded) {
		return true
	}
	return reFinanceTerm.MatchString(folded) || reJobHunt.MatchString(folded)
}
