package people

import "github.com/companion-dev/companion/agent/internal/wordset"

// verbForms are the everyday verbs that follow someone named by who they
// are ("my friend says she…", "my mum keeps asking…", "my brother just got
// engaged"), in the forms a verb takes after a subject: never a name (see
// isStop), and what tells a name from the verb after it (see verbish).
var verbForms = wordset.Of(`rang got says said saying tells telling thinks reckons reckoned wants wanted needs needed keeps keeping
asks asked asking seems seemed looks looked feels feeling gets getting goes going went knows knew likes liked
loves loved hates hated hopes hoped wishes wished misses tries tried makes made takes taking comes coming
came gives gave lives lived works worked worries worried cares cared mentioned mentions texted texts calls
called messaged messages replied replies posted posts sends lost loses found finds moved moves passed
passes started starts stopped stops finished finishes left leaves became becomes sounded sounds shared
shares decided decides admitted admits explained explains agreed agrees refused refuses ignores ignored
blames blamed forgot forgets remembers remembered promised promises invited invites visited visits broke
breaks quit quits won wins failed fails turned turns graduated graduates retired retires complains
complained cried cries laughed laughs apologised apologized apologises apologizes`)
