// Package store keeps the companion's memory in Badger: what each person
// shared, the outbox of replies waiting to be delivered, which platform
// updates were processed, the platforms' cursors and the adapters' secrets.
// It implements agent.Store.
//
// # Files
//
// A data directory holds two things: badger/, the Badger database, and
// keys.db, the key file. With Options.EncryptionKey set, Badger encrypts its
// files at rest and the key file is sealed with a key derived from the same
// key; without it, both rely on the directory's permissions (0700).
//
// # Erasure by crypto-shredding
//
// Deleting from Badger does not erase: old values stay in its value log and
// tables until compaction reaches them. So every value about a person is
// sealed (AES-256-GCM) with that person's own random data key, and keys in
// Badger name a person only by a keyed hash (HMAC-SHA256 with the store
// secret) of their PersonID. The data keys live in keys.db, never in Badger.
// Forgetting someone drops their data key first, rewriting keys.db atomically
// (temporary file, fsync, rename), and then deletes their Badger keys; every
// copy Badger may still hold becomes noise. Values carry the id of the key
// that sealed them, so leftovers of a dropped key are recognised and skipped
// rather than mistaken for corruption. The key file is rewritten whole
// whenever a person is added or forgotten, which suits thousands of people,
// not millions. RunGC drops keys that nothing uses any more.
//
// # Durability
//
// With Options.SyncWrites every commit waits for the disk. Without it,
// commits survive a crash of the process (the kernel holds what Badger wrote
// to its files) but a power cut can lose the last ones. SetCursor and
// SetSecret sync either way, which also syncs the commits before them in
// Badger's current write-ahead log. The key file is synced whenever it
// changes (a new person, a forgotten one), before anything is
// sealed with a new key.
//
// # Damage
//
// Badger checks every value it reads from a value log, and every table when
// it opens it. A record that fails (or fails to unseal) is an error wrapping
// agent.ErrDamaged for the one person it belongs to; scans over everyone
// (People, Pending, DueBefore) pass over it. Files everyone relies on are
// checked before Badger opens them, because Badger replays its write-ahead
// logs and newest value log only up to the first bad entry and cuts off the
// rest: Open refuses a damaged one with a *FileDamage (see checkLogs), and
// when the damage in the newest value log is confined to records, it adds an
// empty value log after it for Badger to replay instead. Check reads every
// record and reports the damage by file and person.
//
// # Badger keys
//
//	p/<hash>/meta          the PersonID, sealed, so People can list who is known
//	p/<hash>/profile       agent.Profile as JSON, sealed (likewise flow,
//	p/<hash>/flow          reflections, drafts, plan and contacts; empty
//	...                    lists are not stored)
//	o/<channel>\x00<seq>   outbox entry: <owner hash> then the sealed
//	                       agent.Outgoing; seq is 8 bytes big-endian, so keys
//	                       sort first-in first-out per channel
//	d/<hash>               a processed update id, empty value, expires after DedupeTTL
//	c/<name>               a platform cursor, plain text
//	u/<hash><name hash>    a cursor that belongs to a person (see Cursors)
//	s/<name>               an adapter secret, sealed with the store key
//	q/outbox               Badger's sequence behind outbox seq numbers
//
// A turn writes only the sections that changed since the person's last
// commit in this process (the first commit after opening writes them all).
//
// <hash> is 16 bytes of HMAC-SHA256(secret, label 0x00 name), with the label
// "person" for a PersonID and "update" for an update id. Outbox entries
// of replies that belong to nobody use the zero hash and the store key, which
// is derived from the secret. Every sealed value is
//
//	0x01 | key id (8) | nonce (12) | AES-GCM ciphertext, with the Badger key as additional data
//
// # Cursors
//
// Adapters keep small bits of state in cursors. A cursor whose name has the
// form <channel>:<kind>:<id>, where channel and kind hold no colon, belongs
// to the person <channel>:<id>, which is how adapters name people: the
// Telegram adapter's telegram:blocked:<chat> belongs to telegram:<chat>,
// because a private chat's id is its user's id. Such a cursor is kept under
// the owner's hash and the keyed hash of its name (label "cursor"), so the
// platform id is never written, and forgetting the person deletes it with
// the rest of their record; its value must not name the person either.
// Names with fewer parts (telegram:offset, matrix:next_batch) are the
// platform's own and are kept as they are. Setting a cursor to "" deletes
// it. Person cursors that earlier versions kept under c/ are moved when the
// store opens, and their old keys dropped from Badger's tables.
//
// # keys.db
//
//	"CMPKEYS2" | flags (1; bit 0 = sealed)
//	table | SHA-256 of everything before it,
//	or when sealed: nonce (12) | AES-GCM(table) with the first 9 bytes as additional data
//	table = secret (32) | uvarint count | count × (hash 16 | key id 8 | data key 32)
//
// Key files of the earlier layout, "CMPKEYS1", have no checksum; they are
// read as before and rewritten in the new layout at the next change.
//
// # Backups
//
// Backup writes "CMPBAK01", a 4-byte big-endian length, the key table exactly
// as keys.db holds it, then Badger's backup stream to the end. A backup thus
// carries the data keys: it can bring back people who were forgotten after it
// was taken, and without encryption at rest it must be kept as safe as the
// data directory. Restore writes the entries afresh into an empty store; a
// backup taken with encryption at rest can only be restored with the same key.
package store
