//go:build race

package bot_test

// raceDetector says the race detector is on: it slows code unevenly, so
// tests that compare running times skip (.ci/run runs them without it).
const raceDetector = true
