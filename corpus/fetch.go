package corpus

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"mime"
	"net/http"
	"net/url"
	"os"
	"path"
	"path/filepath"
	"regexp"
	"strings"
	"sync"
	"time"

	"go.yaml.in/yaml/v3"
)

// MaxPageSize is the largest web page Fetch downloads.
const MaxPageSize = 8 << 20

// Errors of Fetch and Import that say the page itself is unfit, so that
// asking again will not help.
var (
	ErrNotHTML   = errors.New("not an HTML page")
	ErrTooLarge  = errors.New("page too large")
	ErrNoArticle = errors.New("no article found in the page")
	ErrExists    = errors.New("already in the corpus")
	ErrNotPublic = errors.New("refusing a non-public address")
	// ErrUnsupportedURL is a URL, or a redirect, to something other than
	// http or https (file:, ftp:, …).
	ErrUnsupportedURL = errors.New("not an http(s) URL")
)

// HTTPError is a response other than 200 OK.
type HTTPError struct {
	Status int
}

func (e *HTTPError) Error() string {
	return fmt.Sprintf("HTTP %d %s", e.Status, http.StatusText(e.Status))
}

// Permanent reports whether err says the page is unfit (not HTML, too
// large, no article, already imported, a 4xx status), as opposed to a
// failure that may pass (a timeout, a 5xx status).
func Permanent(err error) bool {
	var he *HTTPError
	if errors.As(err, &he) {
		return he.Status >= 400 && he.Status < 500 && he.Status != http.StatusTooManyRequests
	}
	return errors.Is(err, ErrNotHTML) || errors.Is(err, ErrTooLarge) || errors.Is(err, ErrNoArticle) || errors.Is(err, ErrExists) ||
		errors.Is(err, ErrNotPublic) || errors.Is(err, ErrUnsupportedURL)
}

// Fetcher downloads web pages and extracts their article. The zero Fetcher
// connects to public addresses only, gives up after 30 seconds and reads
// at most MaxPageSize.
type Fetcher struct {
	Guard     *Guard        // which addresses may be dialled; nil: public ones only
	Timeout   time.Duration // for one page, redirects included; 0: 30 s
	MaxBytes  int64         // 0: MaxPageSize
	UserAgent string        // "": "dealbot (article import)"
}

func (f *Fetcher) client() *http.Client {
	g := f.Guard
	if g == nil {
		g = defaultGuard
	}
	return g.Client(f.Timeout)
}

// Fetch downloads rawURL and extracts its article: main text, title, site
// name (the host when the page names none), byline and publication date
// (zero when the page gives none: never guessed). The document's ID is a
// slug of its URL or title; its Path is empty until it is saved.
func (f *Fetcher) Fetch(ctx context.Context, rawURL string) (Document, error) {
	u, err := url.Parse(strings.TrimSpace(rawURL))
	if err != nil || u.Host == "" || checkScheme(u.Scheme) != nil {
		return Document{}, fmt.Errorf("%w: %q", ErrUnsupportedURL, rawURL)
	}
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, u.String(), nil)
	if err != nil {
		return Document{}, err
	}
	ua := f.UserAgent
	if ua == "" {
		ua = "dealbot (article import)"
	}
	req.Header.Set("User-Agent", ua)
	req.Header.Set("Accept", "text/html,application/xhtml+xml;q=0.9")
	resp, err := f.client().Do(req)
	if err != nil {
		return Document{}, err
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		return Document{}, &HTTPError{Status: resp.StatusCode}
	}
	limit := f.MaxBytes
	if limit <= 0 {
		limit = MaxPageSize
	}
	if resp.ContentLength > limit {
		return Document{}, fmt.Errorf("%w: %d bytes, over the %d-byte limit", ErrTooLarge, resp.ContentLength, limit)
	}
	body, err := io.ReadAll(io.LimitReader(resp.Body, limit+1))
	if err != nil {
		return Document{}, fmt.Errorf("read page: %w", err)
	}
	if int64(len(body)) > limit {
		return Document{}, fmt.Errorf("%w: over the %d-byte limit", ErrTooLarge, limit)
	}
	ctype := resp.Header.Get("Content-Type")
	if ctype == "" {
		ctype = http.DetectContentType(body)
	}
	if mt, _, _ := mime.ParseMediaType(ctype); mt != "text/html" && mt != "application/xhtml+xml" {
		return Document{}, fmt.Errorf("%w (content type %q)", ErrNotHTML, ctype)
	}
	doc, err := ParseHTML(body, ctype, resp.Request.URL)
	if err != nil {
		return Document{}, err
	}
	if doc.Publisher == "" {
		doc.Publisher = strings.TrimPrefix(resp.Request.URL.Hostname(), "www.")
	}
	doc.ID = slugID(resp.Request.URL, doc.Title)
	return doc, nil
}

var (
	slugWords = regexp.MustCompile(`[a-z0-9]+`)
	letter    = regexp.MustCompile(`[a-z]`)
)

// slugID names a fetched document: the last segment of its URL path when
// it reads as words ("japan-us-trade-deal"), otherwise its title, as
// lower-case words joined by "-", at most 80 characters. A title without
// Latin words (or with only numbers) gives the URL's host and path instead,
// with a short hash of the URL so that two such pages never share an id:
// "nikkei-com-news-15-3f9a2c", never a bare "15".
func slugID(u *url.URL, title string) string {
	seg := strings.ToLower(path.Base(strings.TrimSuffix(u.Path, "/")))
	seg = strings.TrimSuffix(seg, path.Ext(seg))
	words := slugWords.FindAllString(seg, -1)
	if len(words) < 3 || !letter.MatchString(seg) {
		words = slugWords.FindAllString(strings.ToLower(title), -1)
	}
	if id := joinWords(words); letter.MatchString(id) {
		return id
	}
	host := strings.TrimPrefix(strings.ToLower(u.Hostname()), "www.")
	words = slugWords.FindAllString(host+" "+strings.ToLower(u.Path), -1)
	sum := sha256.Sum256([]byte(u.String()))
	return joinWords(words) + "-" + hex.EncodeToString(sum[:3])
}

// joinWords joins words with "-", up to 80 characters.
func joinWords(words []string) string {
	id := ""
	for _, w := range words {
		if len(id)+len(w)+1 > 80 {
			break
		}
		if id != "" {
			id += "-"
		}
		id += w
	}
	return id
}

// Markdown renders a document as the corpus stores it: YAML front matter
// (id, title, publisher, author, url, published date, edition; empty
// fields left out) and the body, "## " lines for section headings, the
// text escaped so that loading the file gives the same paragraphs.
func (d Document) Markdown() []byte {
	fm := frontMatter{ID: d.ID, Title: d.Title, Publisher: d.Publisher, Author: d.Author, URL: d.URL, Edition: d.Edition}
	if !d.Published.IsZero() {
		fm.Published = d.Published.Format("2006-01-02")
	}
	head, err := yaml.Marshal(fm)
	if err != nil {
		panic(err) // a struct of strings always marshals
	}
	var b bytes.Buffer
	b.WriteString("---\n")
	b.Write(head)
	b.WriteString("---\n")
	section := ""
	for _, p := range d.Paragraphs {
		if p.Section != section && p.Section != "" {
			fmt.Fprintf(&b, "\n## %s\n", escapeMarkdown(p.Section))
		}
		section = p.Section
		fmt.Fprintf(&b, "\n%s\n", escapeMarkdown(p.Text))
	}
	return b.Bytes()
}

// Importer fetches articles into a corpus folder as Markdown documents,
// or onto another Shelf, never the same URL twice. It is safe for
// concurrent use.
type Importer struct {
	Dir     string   // the corpus folder, when Shelf is nil
	Shelf   Shelf    // where documents go instead of Dir (a database shared by replicas); nil: Dir
	Fetcher *Fetcher // nil: the zero Fetcher

	mu     sync.Mutex
	loader Loader
}

// Shelf keeps imported documents somewhere else than a folder.
type Shelf interface {
	// Shelved lists the documents kept.
	Shelved(ctx context.Context) ([]Shelved, error)
	// Put keeps a new document, data being its file (see Markdown), and
	// says where; an id already taken gives an error wrapping fs.ErrExist.
	Put(ctx context.Context, doc Document, data []byte) (where string, err error)
}

// Shelved is one document a Shelf keeps.
type Shelved struct {
	ID, URL string
	Where   string // for messages: a path, or a name in a database
}

// Import fetches rawURL and saves its article, returning the saved
// document (Path is where it was saved). A URL already saved (as the
// requested or the page's canonical URL) gives ErrExists.
func (im *Importer) Import(ctx context.Context, rawURL string) (Document, error) {
	im.mu.Lock()
	defer im.mu.Unlock()
	shelf, byURL, ids, err := im.taken(ctx)
	if err != nil {
		return Document{}, err
	}
	if p, ok := byURL[sameURL(rawURL)]; ok {
		return Document{}, fmt.Errorf("%w: %s", ErrExists, p)
	}
	doc, err := im.fetcher().Fetch(ctx, rawURL)
	if err != nil {
		return Document{}, err
	}
	if p, ok := byURL[sameURL(doc.URL)]; ok {
		return Document{}, fmt.Errorf("%w: %s", ErrExists, p)
	}
	if doc.URL == "" {
		doc.URL = rawURL
	}
	// Another process may take an id between the listing and the write:
	// the write refuses it, and the next free name is tried.
	base := doc.ID
	for n := 2; ; n++ {
		if !ids[doc.ID] {
			p, err := shelf.Put(ctx, doc, doc.Markdown())
			if err == nil {
				doc.Path = p
				return doc, nil
			}
			if !errors.Is(err, fs.ErrExist) || n > maxNameTries {
				return Document{}, err
			}
		}
		doc.ID = fmt.Sprintf("%s-%d", base, n)
	}
}

// taken returns the shelf to save on, the URLs it holds (the same URL
// in any form, see sameURL, mapped to where it is) and the ids taken.
func (im *Importer) taken(ctx context.Context) (shelf Shelf, byURL map[string]string, ids map[string]bool, err error) {
	shelf = im.Shelf
	if shelf == nil {
		if err := os.MkdirAll(im.Dir, 0o755); err != nil {
			return nil, nil, nil, fmt.Errorf("create corpus folder: %w", err)
		}
		shelf = folderShelf{im}
	}
	shelved, err := shelf.Shelved(ctx)
	if err != nil {
		return nil, nil, nil, err
	}
	byURL, ids = map[string]string{}, map[string]bool{}
	for _, s := range shelved {
		ids[s.ID] = true
		if s.URL != "" {
			byURL[sameURL(s.URL)] = s.Where
		}
	}
	return shelf, byURL, ids, nil
}

// maxNameTries bounds the search for a free document id.
const maxNameTries = 1000

func (im *Importer) fetcher() *Fetcher {
	if im.Fetcher != nil {
		return im.Fetcher
	}
	return &Fetcher{}
}

// folderShelf is the corpus folder as a Shelf: one file a document.
type folderShelf struct{ im *Importer }

// Shelved lists the folder's documents; a file that cannot be loaded
// still holds its name, so an import does not clobber it.
func (f folderShelf) Shelved(context.Context) ([]Shelved, error) {
	docs, skipped := f.im.loader.Load(os.DirFS(f.im.Dir))
	out := make([]Shelved, 0, len(docs)+len(skipped))
	for _, d := range docs {
		out = append(out, Shelved{ID: d.ID, URL: d.URL, Where: filepath.Join(f.im.Dir, filepath.FromSlash(d.Path))})
	}
	for _, s := range skipped {
		out = append(out, Shelved{ID: idFromName(s.Path), Where: filepath.Join(f.im.Dir, filepath.FromSlash(s.Path))})
	}
	return out, nil
}

// Put writes the document as ID.md.
func (f folderShelf) Put(_ context.Context, doc Document, data []byte) (string, error) {
	return writeNew(f.im.Dir, doc.ID+".md", data)
}

// sameURL reduces a URL to what identifies the page: no fragment, no
// trailing slash, a lower-case host.
func sameURL(raw string) string {
	u, err := url.Parse(strings.TrimSpace(raw))
	if err != nil {
		return raw
	}
	u.Fragment = ""
	u.Host = strings.ToLower(u.Host)
	u.Path = strings.TrimSuffix(u.Path, "/")
	return u.String()
}

// writeNew writes data to dir/name atomically, so a watcher never sees
// half a file, refusing to replace an existing file (a hard link of a
// temporary file, which fails when name exists).
func writeNew(dir, name string, data []byte) (string, error) {
	final := filepath.Join(dir, name)
	tmp, err := writeTemp(dir, data)
	if err != nil {
		return "", fmt.Errorf("save %s: %w", final, err)
	}
	defer os.Remove(tmp)
	if err := os.Link(tmp, final); err != nil {
		return "", fmt.Errorf("save %s: %w", final, err)
	}
	return final, nil
}

// writeTemp writes data to a new hidden file in dir (hidden, so the loader
// and the watcher pass it by), synced to disk, and returns its name.
func writeTemp(dir string, data []byte) (string, error) {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return "", err
	}
	f, err := os.CreateTemp(dir, ".dealbot-*.tmp")
	if err != nil {
		return "", err
	}
	_, err = f.Write(data)
	if err == nil {
		err = f.Sync()
	}
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err == nil {
		err = os.Chmod(f.Name(), 0o644)
	}
	if err != nil {
		os.Remove(f.Name())
		return "", err
	}
	return f.Name(), nil
}
