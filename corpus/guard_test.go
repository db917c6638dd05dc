package corpus_test

import (
	"context"
	"errors"
	"net/netip"
	"strings"
	"testing"

	"github.com/dealbot/dealbot/corpus"
)

// TestGuardCheck: the guard's decision on addresses it is never made to
// dial: every special-purpose range is refused, in IPv4 and IPv6 and in
// the IPv6 forms that carry an IPv4 address; public addresses pass; the
// allow list lets named hosts and ranges through.
func TestGuardCheck(t *testing.T) {
	g := corpus.NewGuard(nil, nil)
	refused := []string{
		"127.0.0.1", "10.1.2.3", "172.16.0.1", "192.168.1.1", "169.254.169.254",
		"100.64.0.1", "100.100.100.200", // shared address space, with a cloud metadata address
		"198.18.0.1", "198.19.255.254", "192.0.0.8", "0.0.0.0", "192.0.2.1", "198.51.100.7", "203.0.113.9",
		"224.0.0.1", "240.0.0.1", "255.255.255.255",
		"::1", "::", "fe80::1", "fc00::1", "fd12:3456::1", "ff02::1",
		"::ffff:127.0.0.1", "::ffff:10.0.0.1", // IPv4-mapped
		"64:ff9b::7f00:1", "64:ff9b::a00:1", "64:ff9b:1::1", // NAT64 of 127.0.0.1, 10.0.0.1; local-use NAT64
		"2002:7f00:1::1", "2002:a00:1::1", // 6to4 of 127.0.0.1, 10.0.0.1
		"2001::1", "2001:db8::1", // Teredo, documentation
	}
	for _, a := range refused {
		if err := g.Check("feed.example", netip.MustParseAddr(a)); !errors.Is(err, corpus.ErrNotPublic) {
			t.Errorf("Check(%s) = %v, want ErrNotPublic", a, err)
		}
	}
	for _, a := range []string{"93.184.216.34", "8.8.8.8", "2606:4700::1111", "2a00:1450:4001::200e"} {
		if err := g.Check("feed.example", netip.MustParseAddr(a)); err != nil {
			t.Errorf("Check(%s) = %v, want allowed", a, err)
		}
	}

	t.Run("AllowList", func(t *testing.T) {
		g := corpus.NewGuard([]string{"wiki.corp.example"},
			[]netip.Prefix{netip.MustParsePrefix("10.0.0.0/8"), netip.MustParsePrefix("fd00::/8"), netip.MustParsePrefix("192.168.1.5/32")})
		for _, tc := range []struct {
			host, addr string
			ok         bool
		}{
			{"wiki.corp.example", "172.16.0.9", true},
			{"WIKI.corp.example.", "172.16.0.9", true},
			{"other.corp.example", "172.16.0.9", false},
			{"x.example", "10.200.0.1", true},
			{"x.example", "::ffff:10.200.0.1", true},
			{"x.example", "fd12::1", true},
			{"x.example", "192.168.1.5", true},
			{"x.example", "192.168.1.6", false},
			{"x.example", "127.0.0.1", false},
		} {
			err := g.Check(tc.host, netip.MustParseAddr(tc.addr))
			if (err == nil) != tc.ok {
				t.Errorf("Check(%s, %s) = %v, want allowed %v", tc.host, tc.addr, err, tc.ok)
			}
		}
	})
}

// TestGuardRedirect: a page on an allowed host that redirects to loopback
// is refused on the redirect. The test server is allowed by the name
// localhost only, so the redirect to 127.0.0.1 is not.
func TestGuardRedirect(t *testing.T) {
	srv := newsSite(t)
	g := corpus.NewGuard([]string{"localhost"}, nil)
	im := &corpus.Importer{Dir: t.TempDir(), Fetcher: &corpus.Fetcher{Guard: g}}
	local := strings.Replace(srv.URL, "127.0.0.1", "localhost", 1)
	if _, err := im.Import(context.Background(), local+"/report.pdf"); !errors.Is(err, corpus.ErrNotHTML) {
		t.Fatalf("the allowed host itself: err = %v, want ErrNotHTML (reached, then refused as a PDF)", err)
	}
	_, err := im.Import(context.Background(), local+"/redirect?to="+srv.URL+"/2025/08/japan-vetting-fund-projects")
	if !errors.Is(err, corpus.ErrNotPublic) || !corpus.Permanent(err) {
		t.Errorf("redirect to 127.0.0.1: err = %v, want ErrNotPublic, for good", err)
	}
}
