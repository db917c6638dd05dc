package bot

import "testing"

// TestSaysYear: "next year", "this year" and "last year" name the years
// around the day a story is published, and no others.
func TestSaysYear(t *testing.T) {
	for _, c := range []struct {
		text, published, year string
		want                  bool
	}{
		{"The council set next year's cod catch limit", "2026-10-22", "2027", true},
		{"Exports rose 4% this year", "2026-10-22", "2026", true},
		{"Last Year the mill closed", "2026-01-05", "2025", true},
		{"The council set next year's cod catch limit", "2026-10-22", "2026", false},
		{"The limit for 2027 is set", "2026-10-22", "2027", false},
		{"next year's limit", "", "2027", false},
		{"next year's limit", "2026-10-22", "27", false},
	} {
		if got := saysYear(c.text, c.published, c.year); got != c.want {
			t.Errorf("saysYear(%q, %q, %q) = %v, want %v", c.text, c.published, c.year, got, c.want)
		}
	}
}

// TestNamesYear: a story names the year an offset puts from its own as a
// whole number, not inside a longer one.
func TestNamesYear(t *testing.T) {
	for _, c := range []struct {
		text, published string
		offset          int
		want            bool
	}{
		{"valued at $3.6 billion in 2024", "2025-06-18", -1, true},
		{"2024 was a record", "2025-06-18", -1, true},
		{"valued at $3.6 billion in 2024", "2025-06-18", 0, false},
		{"order no. 120245 was filed", "2025-06-18", -1, false},
		{"in 2024", "", -1, false},
	} {
		if got := namesYear(c.text, c.published, c.offset); got != c.want {
			t.Errorf("namesYear(%q, %q, %d) = %v, want %v", c.text, c.published, c.offset, got, c.want)
		}
	}
}
