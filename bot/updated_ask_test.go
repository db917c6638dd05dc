package bot_test

import "testing"

// TestLatestWantsTheRevision: a question of the current state is answered
// first by the newer report's revised figure ("to about 6%, down from
// 8.5%"), not by the first estimate. (TestGivesRevision tests the
// decision itself.)
func TestLatestWantsTheRevision(t *testing.T) {
	first := article("Harbour Wire", "2026-03-02", "Levy on Ostland tomatoes", `Ostland will charge a 17% levy on fresh tomatoes from Vestria from Monday, March 9.

Mara Lind, an economist at the Farm Policy Institute, estimates that tomato prices in shops will rise about 8.5% over the next twelve months.
`)
	second := article("Harbour Wire", "2026-05-20", "Tomato levy, ten weeks on", `Vestrian exporters have absorbed more of the levy than expected, and the big ones are still shipping, according to traders in Kessmar.

"Exporters have taken more of the levy on themselves than I expected," Lind said. She also cut her estimate of the rise in shop prices to about 6% over the year, down from 8.5%.

Shop prices of cucumbers and peppers have not moved since March, the statistics office said.
`)
	wantFirst(t, docsBot(t, map[string]string{"first.md": first, "second.md": second}), map[string]string{
		"How much will tomato prices rise, on the latest estimate?": "about 6%",
	})
}

// TestYetAsksTheCurrentState: "has … yet" asks for the state now, which
// the newer report gives ("has not yet filed"), not the older one's plan.
func TestYetAsksTheCurrentState(t *testing.T) {
	first := article("Harbour Wire", "2026-03-02", "Brussels weighs a case over ore curbs", `European steelmakers urged Brussels to bring a WTO case over Ostland's ore curbs, saying their members had lost orders since January.

Brussels said it was studying whether to file a WTO case over the curbs.
`)
	second := article("Harbour Wire", "2026-05-20", "Ore curbs, ten weeks on", `Ostland's ore exports have fallen by a third since the curbs began, traders in Kessmar said.

Brussels has not yet filed a WTO case, officials said, and is still talking to Ostland about the curbs.
`)
	wantFirst(t, docsBot(t, map[string]string{"first.md": first, "second.md": second}), map[string]string{
		"Has Brussels filed a WTO case over the curbs yet?": "has not yet filed",
	})
}
