package main

import (
	"context"
	"log/slog"
	"time"

	"github.com/dealbot/dealbot/handlers/pgstore"
	"github.com/dealbot/dealbot/index"
)

// openDatabase connects to DEALBOT_DATABASE_URL, when set, and keeps the
// connection in env for the parts that share state through it. close
// closes it.
func openDatabase(ctx context.Context, env *config, log *slog.Logger) (close func(), err error) {
	if env.DatabaseURL == "" {
		return func() {}, nil
	}
	db, err := pgstore.Open(ctx, env.DatabaseURL, log)
	if err != nil {
		return nil, err
	}
	log.Debug("connected to the database", slog.String("db", db.Where()))
	env.db = db
	return func() { db.Close() }, nil
}

// databaseCheck is how often a replica looks for documents another one
// added, in case a notification was lost; notifications bring them in
// well under a second.
const databaseCheck = 30 * time.Second

// followDatabase keeps the library in step with the database's documents
// until ctx ends.
func followDatabase(ctx context.Context, env config, lib *index.Library, log *slog.Logger) {
	env.db.Documents(env.TeamID).Follow(ctx, pgstore.FollowOptions{Every: databaseCheck}, func(ctx context.Context) {
		if _, err := lib.Reload(ctx, nil); err != nil && ctx.Err() == nil {
			log.Error("reload failed; serving the previous coverage", slog.Any("err", err))
		}
	})
}
