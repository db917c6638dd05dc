package handlers

import "time"

// SetDigestRetryWait sets how long a poster waits before re-checking a
// channel after a post timed out, so tests need not wait.
func SetDigestRetryWait(p *DigestPoster, d time.Duration) { p.retryWait = d }
