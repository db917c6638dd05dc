package main

import (
	"errors"

	"github.com/dealbot/dealbot/handlers"
	"github.com/dealbot/dealbot/handlers/filestore"
)

// openStore opens the state dealbot's processes share (events answered,
// digests posted, feed items imported): files in DEALBOT_STATE_DIR, which
// every process on the machine may use at once.
func openStore(env config) (handlers.Store, error) {
	if env.StateDir == "" {
		return nil, errors.New("DEALBOT_STATE_DIR is not set and there is no home directory for the default: set it to a folder for dealbot's state, e.g. DEALBOT_STATE_DIR=/var/lib/dealbot")
	}
	return filestore.Open(env.StateDir)
}
