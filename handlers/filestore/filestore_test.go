package filestore_test

import (
	"testing"

	"github.com/dealbot/dealbot/handlers"
	"github.com/dealbot/dealbot/handlers/filestore"
	"github.com/dealbot/dealbot/handlers/storetest"
)

func TestContract(t *testing.T) {
	storetest.Run(t, func(t *testing.T) storetest.Opener {
		dir := t.TempDir()
		return func(t testing.TB) handlers.Store {
			s, err := filestore.Open(dir)
			if err != nil {
				t.Fatal(err)
			}
			return s
		}
	})
}
