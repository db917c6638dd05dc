package main

import (
	"errors"

	"github.com/dealbot/dealbot/handlers"
	"github.com/dealbot/dealbot/handlers/filestore"
	"github.com/dealbot/dealbot/handlers/pgstore"
)

// openStore opens the state dealbot's processes share (events answered,
// digests posted, feed items imported): the database when
// DEALBOT_DATABASE_URL is set, shared by every replica on every machine;
// else files in DEALBOT_STATE_DIR, which every process on the machine may
// use at once.
func openStore(env config) (handlers.Store, error) {
	if env.db != nil {
		return dbStore{env.db}, nil
	}
	if env.StateDir == "" {
		return nil, errors.New("DEALBOT_STATE_DIR is not set and there is no home directory for the default: set it to a folder for dealbot's state, e.g. DEALBOT_STATE_DIR=/var/lib/dealbot")
	}
	return filestore.Open(env.StateDir)
}

// dbStore is the database as the state store. Closing it leaves the
// database open: run closes it after every part that uses it.
type dbStore struct{ *pgstore.DB }

func (dbStore) Close() error { return nil }
