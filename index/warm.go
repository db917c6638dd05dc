package index

// A warm restart: when the library first loads, a file whose bytes the
// index was built from, by the same pipeline (LibraryOptions.Pipeline),
// is neither parsed nor tagged again. Its passages are those the index
// stores; Sync checks its fingerprint without them. The library records,
// after each reload, the sources of what the index holds: each file's
// content hash, document id and the fingerprint of its passages. A
// source counts only while the manifest still has that fingerprint for
// the document, so a file changed and indexed since (or a Sync cut short)
// is read again. Such a document's paragraphs are read from its file only
// when Documents is first asked (the digest, the sources listing), which
// keeps the first answer after a restart from waiting for them.

import (
	"context"
	"log/slog"
	"maps"
	"os"

	"github.com/dealbot/dealbot/corpus"
)

// restorable returns, by path, the sources the index holds that the
// first load may take without parsing.
func (l *Library) restorable() map[string]Source {
	if l.opts.Pipeline == "" || l.ix == nil {
		return nil
	}
	src, err := l.ix.Sources()
	if err != nil {
		l.opts.Log.Warn("parsing every file: the index's sources could not be read", "err", err)
		return nil
	}
	if src.Pipeline != l.opts.Pipeline {
		return nil
	}
	manifest := l.ix.Manifest()
	out := make(map[string]Source, len(src.Files))
	for path, s := range src.Files {
		if fp, ok := manifest[s.ID]; ok && fp == s.Fingerprint {
			out[path] = s
		}
	}
	return out
}

// knownAs is a loader's Known: whether the index holds the file at the
// library path that path makes, with those bytes.
func (l *Library) knownAs(path func(string) string) func(name, hash string) (string, bool) {
	return func(name, hash string) (string, bool) {
		s, ok := l.known[path(name)]
		return s.ID, ok && s.Hash == hash
	}
}

// restored is the tagged form of a document loaded without parsing: no
// passages, the fingerprint and count of those indexed.
func (l *Library) restored(d corpus.Document) (taggedDoc, bool) {
	s, ok := l.known[d.Path]
	if !ok || d.Paragraphs != nil || s.Hash != d.Hash || s.ID != d.ID {
		return taggedDoc{}, false
	}
	return taggedDoc{hash: d.Hash, fingerprint: s.Fingerprint, count: s.Passages}, true
}

// logRestored says how many documents a warm restart took from the index
// without parsing them.
func (l *Library) logRestored(ctx context.Context, docs []corpus.Document, tagged map[string]taggedDoc) {
	restored := 0
	for _, d := range docs {
		if t := tagged[d.ID]; t.passages == nil && t.fingerprint != "" {
			restored++
		}
	}
	l.opts.Log.InfoContext(ctx, "warm restart: files the index holds were not parsed or tagged again",
		slog.Int("restored", restored), slog.Int("read", len(docs)-restored))
}

// recordSources puts the sources of docs, as indexed, when they changed.
func (l *Library) recordSources(docs []corpus.Document, tagged map[string]taggedDoc) {
	if l.opts.Pipeline == "" {
		return
	}
	manifest := l.ix.Manifest()
	src := Sources{Pipeline: l.opts.Pipeline, Files: make(map[string]Source, len(docs))}
	for _, d := range docs {
		t := tagged[d.ID]
		src.Files[d.Path] = Source{Hash: d.Hash, ID: d.ID, Fingerprint: manifest[d.ID], Passages: len(t.passages) + t.count}
	}
	if src.Pipeline == l.written.Pipeline && maps.Equal(src.Files, l.written.Files) {
		return
	}
	if old, err := l.ix.Sources(); err == nil && old.Pipeline == src.Pipeline && maps.Equal(old.Files, src.Files) {
		l.written = src
		return
	}
	if err := l.ix.PutSources(src); err != nil {
		// Only the next restart is slower: it parses every file.
		l.opts.Log.Warn("could not record the index's sources", "err", err)
		return
	}
	l.written = src
}

// parseDeferred reads the paragraphs of the documents loaded without
// parsing, once, waiting for a reload under way.
func (l *Library) parseDeferred() {
	l.reload.Lock()
	defer l.reload.Unlock()
	parsed := map[string]corpus.Document{}
	collect := func(ds map[string]corpus.Document, path func(string) string) {
		for id, d := range ds {
			d.Path = path(d.Path)
			parsed[id] = d
		}
	}
	collect(l.embedded.ParseDeferred(corpus.Embedded()), l.embeddedPath)
	if l.opts.Dir != "" {
		collect(l.folder.ParseDeferred(os.DirFS(l.opts.Dir)), l.folderPath)
	}
	if l.lastFS != nil {
		collect(l.shared.ParseDeferred(l.lastFS), l.sharedPath)
	}
	l.mu.Lock()
	defer l.mu.Unlock()
	for i, d := range l.docs {
		if p, ok := parsed[d.ID]; ok && p.Path == d.Path {
			l.docs[i] = p
		}
	}
	l.deferred = false
}
