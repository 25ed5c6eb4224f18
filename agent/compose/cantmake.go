package compose

import "regexp"

// An event of theirs the writer can't come to ("i cant make his birthday
// party saturday", "i won't be able to come to her leaving drinks") is a
// sorry for missing it, said ahead of the day: never a late birthday wish.

// cantMakeEvent is the writer unable to come to someone's event, said as
// theirs ("his party"); "i cant make it to the party" said with the
// birthday itself ("turns 90 on friday") stays a birthday wish.
var cantMakeEvent = regexp.MustCompile(`\bi (?:can'?t|cannot|can not|won'?t|will not|wont|couldn'?t|am not able to|'?m not able to|won'?t be able to|'?m not going to|am not going to|'?m not gonna) (?:(?:be able to|even|actually|really) )?(?:make(?: it to)?|come to|get to|go to|attend|be at|come along to|join|do)(?: (?:it )?to)? (?:(?:my|our) (?:[\w-]+ ){0,2}?[\w-]+'s |her |his |their |your |[\w-]+'s )(?:[\w'-]+ ){0,3}?(?:party|do|drinks|dinner|bbq|barbecue|wedding|gig|show|leaving do|send-off|hen do|stag do|celebration|reunion|housewarming|christening|ceremony|graduation|launch|opening|meal|night out|picnic|brunch|lunch)\b`)
