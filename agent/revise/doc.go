// Package revise changes a message draft the way a person asks in plain
// words: "more short please", "can u make it less needy", "no exclamation
// marks", "add a 🎉", "say I will visit her in december", "take out the bit
// about work", "start with good morning".
//
// Parse reads a request into a Request; Apply makes the change on any draft
// text, a template's or a model's, and reports ErrUnchanged or ErrNotFound
// when the change cannot be made, so the caller never shows the same text
// as if it were new. Parsing is rule-based over folded, spell-corrected
// words; its corpus is testdata/tune.tsv (the rules were written against it)
// and testdata/heldout.tsv (written first and only measured).
package revise
