package compose

import (
	"regexp"

	"github.com/companion-dev/companion/agent/internal/wordset"
)

// ownOrdeal is the writer's own operation or treatment ahead, told with or
// without the "I": "having knee surgery on the 14th", "i have a biopsy on
// monday". Asking someone to be there for it asks for support.
var ownOrdeal = regexp.MustCompile(`(?:^|[.!?]\s*|\bi'?m |\bim |\bi am |\bi have |\bi've got |\bive got |\bi'll be )having (?:a |an |my )?(?:[\w-]+ ){0,2}(?:surgery|operation|op|procedure|biopsy|scan|treatment|chemo|chemotherapy|transplant|c-section|induction)\b|\bi (?:have|need) (?:a |an |my )?(?:[\w-]+ ){0,2}(?:surgery|operation|procedure|biopsy)\b`)

// barePresent is a clause of the writer's own told without its "I":
// "having knee surgery on the 14th".
var barePresent = regexp.MustCompile(`(?i)(^|[.!?]\s+)having `)

// leftMe is a break-up told as done to the writer by someone named:
// "Daniel broke up with me". Said as the writer's own news it is "Daniel
// and I broke up", which keeps who and never blames.
var leftMe = regexp.MustCompile(`\b([A-Z][\p{L}'-]+) (?:just |finally |suddenly )?(?:broke up with|dumped|left|split up with|ended things with|ended it with) me\b`)

// askVerbs start a favour asked of them: "stay a bit after", "come with
// me on the day".
var askVerbs = wordset.Of(`stay come sit hang keep drive pick bring walk take call ring help check look be hold mind feed water`)
