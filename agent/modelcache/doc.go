// Package modelcache keeps the agent's learned models between starts, so
// that a start does not wait for them to be trained again.
//
// A kept model is derived data: a file named by a hash of everything the
// model is a function of — the name of the model, the bytes its corpus is
// made from, its training parameters, the format of the file and the
// program that trains and reads it (a hash of the running executable, which
// holds the code of the features and of the training). When the hash
// matches, the file is read instead of training; when it is missing, out of
// date, cut short or damaged, the model is trained as before and the file
// written again. Deleting the folder at any time costs only one slower
// start.
//
// The files are written to a temporary name and renamed into place, so
// that two processes starting at once, or a crash while writing, never
// leave a half-written file under a model's name; each file also carries a
// checksum of what it holds. Files of the same model under other hashes
// are removed once the current one is in place.
//
// A Cache with no folder keeps nothing: Keep then always builds. The
// package's default cache (Use, Default) is the one the agent's models are
// built with; it keeps nothing until a program sets a folder.
package modelcache
