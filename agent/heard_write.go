package agent

// A message outside any flow that asks for words to send ("help me write
// to my grandma for her 100th", "can you draft something for my sister's
// wedding next month") is a request to write, whatever milestone, day
// ahead or hurt it also tells: the drafting routes take it. Deciding that
// once, before the outside readers, keeps every reader from carrying its
// own check.

// writeAsked reports whether text asks for a message to be written. A
// longing's "wish" ("i wish my brother lived closer") asks for nothing,
// so it is set aside before the request words are read.
func writeAsked(text string) bool {
	return asksToWrite(withoutLonging(foldText(text)))
}
