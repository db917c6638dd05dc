package pgstore

import (
	"context"
	"errors"
	"fmt"
	"io/fs"
	"sync"
	"testing/fstest"
	"time"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgconn"

	"github.com/dealbot/dealbot/corpus"
)

// Documents is the coverage one Slack team keeps in the database: a shelf
// for corpus.Importer to save articles on, and files for the index's
// library to load, the same on every replica.
type Documents struct {
	db   *DB
	team string

	mu   sync.Mutex
	read map[string]readFile // what Files read last, by id
}

// readFile is one document as Files last read it.
type readFile struct {
	change int64
	file   *fstest.MapFile
}

// Documents returns the coverage of team ("" for a database that serves
// one workspace).
func (db *DB) Documents(team string) *Documents {
	return &Documents{db: db, team: team}
}

// Shelved lists the documents on the shelf, for the importer's check that
// a URL is not imported twice.
func (d *Documents) Shelved(ctx context.Context) ([]corpus.Shelved, error) {
	rows, err := d.db.pool.Query(ctx, `SELECT id, url FROM documents WHERE team_id = $1`, d.team)
	if err != nil {
		d.db.observe(err)
		return nil, fmt.Errorf("list the database's documents: %w", err)
	}
	out, err := pgx.CollectRows(rows, func(r pgx.CollectableRow) (corpus.Shelved, error) {
		var s corpus.Shelved
		err := r.Scan(&s.ID, &s.URL)
		s.Where = d.path(s.ID)
		return s, err
	})
	d.db.observe(err)
	if err != nil {
		return nil, fmt.Errorf("list the database's documents: %w", err)
	}
	return out, nil
}

// Put stores a new document, data being its file; a document with the
// same id gives fs.ErrExist. Every replica's library is told (NOTIFY).
func (d *Documents) Put(ctx context.Context, doc corpus.Document, data []byte) (string, error) {
	tag, err := d.db.pool.Exec(ctx, `INSERT INTO documents (team_id, id, url, content) VALUES ($1, $2, $3, $4)
		ON CONFLICT (team_id, id) DO NOTHING`, d.team, doc.ID, doc.URL, string(data))
	d.db.observe(err)
	var pgErr *pgconn.PgError
	switch {
	case errors.As(err, &pgErr) && pgErr.Code == "22021": // bytes that are not UTF-8
		return "", fmt.Errorf("save %s in the database: the document is not UTF-8 text", doc.ID)
	case err != nil:
		return "", fmt.Errorf("save %s in the database: %w", doc.ID, err)
	case tag.RowsAffected() == 0:
		return "", fmt.Errorf("save %s in the database: %w", doc.ID, fs.ErrExist)
	}
	return d.path(doc.ID), nil
}

// PathPrefix starts the Path of every document read from the database,
// in listings and logs.
const PathPrefix = "database:"

func (d *Documents) path(id string) string { return PathPrefix + id + ".md" }

// Files returns the team's documents as files named ID.md, for the
// library to load like a folder. It reads the text only of the documents
// written since its last call (by their change number), so a replica
// following a large table reads little at each change.
func (d *Documents) Files(ctx context.Context) (fs.FS, error) {
	d.mu.Lock()
	defer d.mu.Unlock()
	rows, err := d.db.pool.Query(ctx, `SELECT id, change FROM documents WHERE team_id = $1`, d.team)
	if err != nil {
		d.db.observe(err)
		return nil, fmt.Errorf("list the database's documents: %w", err)
	}
	current := map[string]int64{}
	var id string
	var change int64
	_, err = pgx.ForEachRow(rows, []any{&id, &change}, func() error {
		current[id] = change
		return nil
	})
	d.db.observe(err)
	if err != nil {
		return nil, fmt.Errorf("list the database's documents: %w", err)
	}
	next := make(map[string]readFile, len(current))
	var stale []string
	for id, change := range current {
		if f, ok := d.read[id]; ok && f.change == change {
			next[id] = f
		} else {
			stale = append(stale, id)
		}
	}
	if len(stale) > 0 {
		rows, err := d.db.pool.Query(ctx, `SELECT id, content, added_at, change FROM documents WHERE team_id = $1 AND id = ANY($2)`, d.team, stale)
		if err != nil {
			d.db.observe(err)
			return nil, fmt.Errorf("read the database's documents: %w", err)
		}
		var content string
		var added time.Time
		_, err = pgx.ForEachRow(rows, []any{&id, &content, &added, &change}, func() error {
			next[id] = readFile{change: change, file: &fstest.MapFile{Data: []byte(content), Mode: 0o444, ModTime: added}}
			return nil
		})
		d.db.observe(err)
		if err != nil {
			return nil, fmt.Errorf("read the database's documents: %w", err)
		}
	}
	d.read = next
	// fstest.MapFS is the standard library's read-only in-memory file
	// system (it imports no testing code); the loader reads it like a
	// folder. A document deleted between the two queries is left out.
	files := make(fstest.MapFS, len(next))
	for id, f := range next {
		files[id+".md"] = f.file
	}
	return files, nil
}

// version is what changes when the team's documents do: how many there
// are and the newest write's number.
type version struct{ count, last int64 }

func (d *Documents) version(ctx context.Context) (version, error) {
	var v version
	err := d.db.pool.QueryRow(ctx, `SELECT count(*), coalesce(max(change), 0) FROM documents WHERE team_id = $1`, d.team).Scan(&v.count, &v.last)
	d.db.observe(err)
	return v, err
}
