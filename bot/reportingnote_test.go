package bot

import "testing"

// TestReportingNote: a sentence about the reporting is told from news
// about a report.
func TestReportingNote(t *testing.T) {
	for s, want := range map[string]bool{
		"This story updates a Meridian report of Sept. 2 that was based on an official briefing.":       true,
		"That report gave the start date as October 1, the duty-free quota as 4 million litres a year.": true,
		"(Updates June 27 story with Federal Register notice and first border crossings)":               true,
		"An earlier version of this story misstated the quota.":                                         true,
		"The earlier summary said the rate would be 15%.":                                               true,
		"This summary updates our summary of August 20 on the US-Pakistan textile agreement.":           true,
		"The report revises Japan's growth forecast to 1% from 1.2%.":                                   false,
		"The IMF report said exports would fall 12% this year.":                                         false,
		"Exporters said the update of the rules came too late.":                                         false,
	} {
		if got := reportingNote.MatchString(s); got != want {
			t.Errorf("reportingNote(%q) = %v, want %v", s, got, want)
		}
	}
}
