package corpus

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"
)

// ImportFile saves a document file (.md, .txt, .html) from the local
// disk on the importer's shelf, as `dealbot add FILE` does: a Markdown
// file as it is, another as the Markdown it parses into. A document whose
// id or URL is already saved gives ErrExists: a file's id is its own
// (front matter or name), so it is not renamed.
func (im *Importer) ImportFile(ctx context.Context, path string) (Document, error) {
	if !Supported(path) {
		return Document{}, fmt.Errorf("%s: not a .md, .txt or .html file", path)
	}
	data, err := readLimited(os.DirFS(filepath.Dir(path)), filepath.Base(path))
	if err != nil {
		return Document{}, err
	}
	doc, err := Parse(filepath.Base(path), data)
	if err != nil {
		return Document{}, fmt.Errorf("%s: %w", path, err)
	}
	if ext := strings.ToLower(filepath.Ext(path)); ext != ".md" && ext != ".markdown" {
		data = doc.Markdown()
	}
	im.mu.Lock()
	defer im.mu.Unlock()
	shelf, byURL, ids, err := im.taken(ctx)
	if err != nil {
		return Document{}, err
	}
	if p, ok := byURL[sameURL(doc.URL)]; ok && doc.URL != "" {
		return Document{}, fmt.Errorf("%w: %s", ErrExists, p)
	}
	if ids[doc.ID] {
		return Document{}, fmt.Errorf("%w: a document with id %q", ErrExists, doc.ID)
	}
	p, err := shelf.Put(ctx, doc, data)
	if err != nil {
		return Document{}, err
	}
	doc.Path = p
	return doc, nil
}
