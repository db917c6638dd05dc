package index

// RootSegments is how many segments the index's current snapshot holds,
// on disk and in memory, as Bleve counts them. The files of segments a
// merge replaced go later, when Bleve's persister next runs, so counting
// files says less.
func RootSegments(ix *Index) int {
	m, _ := ix.bleve.StatsMap()["index"].(map[string]any)
	n := 0
	for _, k := range []string{"num_root_filesegments", "num_root_memorysegments"} {
		v, _ := m[k].(uint64)
		n += int(v)
	}
	return n
}
