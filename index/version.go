package index

// Version counts the changes an index has seen since it was opened: every
// batch of passages a Sync or Put writes, every thesaurus PutSynonyms
// writes, every rebuild. Two searches of an index of the same Version see
// the same passages, so a cache of what was made from them (the bot's
// answers) keys its entries by it and never serves an answer from older
// coverage. It is not kept on disk: a new process starts it again, with
// empty caches.
func (ix *Index) Version() uint64 {
	return ix.version.Load()
}

// changed is called after every write that a search can see.
func (ix *Index) changed() {
	ix.version.Add(1)
}
