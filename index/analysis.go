package index

import (
	"fmt"
	"sync"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/analysis"
	"github.com/blevesearch/bleve/v2/document"

	"github.com/dealbot/dealbot/corpus"
)

// Every paragraph carries the title of its document and its section
// heading: the same texts, analysed again for each paragraph. A
// batchWriter analyses each distinct title and section once per batch and
// gives every paragraph that repeats it the same tokens, which Bleve only
// reads. Records are still built by the mapping; only the analyser of
// those fields is swapped, for the same English analysis behind a cache.

// sharedFields are the fields whose texts repeat from record to record.
var sharedFields = map[string]bool{fieldTitle: true, fieldSection: true}

// batchWriter adds paragraphs to one batch.
type batchWriter struct {
	ix    *Index
	batch *bleve.Batch
	cache *sharedAnalyzer
}

func (ix *Index) newBatchWriter() *batchWriter {
	an := ix.bleve.Mapping().AnalyzerNamed(englishAnalyzer)
	return &batchWriter{ix: ix, batch: ix.bleve.NewBatch(), cache: &sharedAnalyzer{an: an, tokens: map[string]analysis.TokenStream{}}}
}

// index adds the record of a paragraph, given as its passages, to the
// batch, replacing any record with its id.
func (w *batchWriter) index(ps []corpus.Passage) error {
	doc, err := w.document(ps)
	if err != nil {
		return err
	}
	if err := w.batch.IndexAdvanced(doc); err != nil {
		return fmt.Errorf("index paragraph %s: %w", doc.ID(), err)
	}
	return nil
}

// documents are the Bleve documents of a document's paragraphs. It may
// run on several goroutines at once.
func (w *batchWriter) documents(ps []corpus.Passage) ([]*document.Document, error) {
	var out []*document.Document
	for _, para := range paragraphs(ps) {
		doc, err := w.document(para)
		if err != nil {
			return nil, err
		}
		out = append(out, doc)
	}
	return out, nil
}

// document is the Bleve document of a paragraph, given as its passages.
func (w *batchWriter) document(ps []corpus.Passage) (*document.Document, error) {
	id := paragraphID(ps[0])
	doc := document.NewDocument(id)
	if err := w.ix.bleve.Mapping().MapDocument(doc, toRecord(ps)); err != nil {
		return nil, fmt.Errorf("index paragraph %s: %w", id, err)
	}
	for i, f := range doc.Fields {
		if tf, ok := f.(*document.TextField); ok && sharedFields[tf.Name()] {
			doc.Fields[i] = document.NewTextFieldCustom(tf.Name(), tf.ArrayPositions(), tf.Value(), tf.Options(), w.cache)
		}
	}
	return doc, nil
}

// sharedAnalyzer is an analyser that analyses each distinct text once.
// Bleve analyses the documents of a batch on several goroutines.
type sharedAnalyzer struct {
	an     analysis.Analyzer
	mu     sync.Mutex
	tokens map[string]analysis.TokenStream
}

// Analyze implements analysis.Analyzer.
func (s *sharedAnalyzer) Analyze(text []byte) analysis.TokenStream {
	s.mu.Lock()
	ts, ok := s.tokens[string(text)]
	s.mu.Unlock()
	if ok {
		return ts
	}
	ts = s.an.Analyze(text)
	s.mu.Lock()
	s.tokens[string(text)] = ts
	s.mu.Unlock()
	return ts
}
