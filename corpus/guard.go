package corpus

import (
	"context"
	"errors"
	"fmt"
	"net"
	"net/http"
	"net/netip"
	"slices"
	"strings"
	"syscall"
	"time"

	"code.dny.dev/ssrf"
)

// Guard decides which addresses dealbot's outbound fetches may connect
// to: `dealbot add`, the feeds and the articles they link to all go
// through one. It refuses every address in the IANA special-purpose
// registries, IPv4 and IPv6 (loopback, private, shared 100.64.0.0/10,
// link-local, benchmarking, documentation, multicast, and the NAT64,
// 6to4 and Teredo forms that can carry any of those), using the list of
// code.dny.dev/ssrf, which follows the registries. The check is made on
// the address actually dialled, after DNS, for every connection,
// redirects included, and connections never go through a proxy (which
// would hide the address). An allow list is the only way to reach other
// hosts: host names, addresses or ranges the operator names.
type Guard struct {
	hosts    map[string]bool // allowed host names, lower case
	prefixes []netip.Prefix  // allowed address ranges
	deny     *ssrf.Guardian

	transport *http.Transport
}

// NewGuard returns a guard that allows, beyond public addresses, the
// hosts named (as in URLs: "wiki.corp.example") and the addresses in
// prefixes (a single address is a /32 or /128).
func NewGuard(hosts []string, prefixes []netip.Prefix) *Guard {
	g := &Guard{hosts: map[string]bool{}, deny: ssrf.New(ssrf.WithAnyPort())}
	for _, h := range hosts {
		g.hosts[strings.ToLower(strings.TrimSuffix(h, "."))] = true
	}
	for _, p := range prefixes {
		g.prefixes = append(g.prefixes, p.Masked())
	}
	g.transport = g.newTransport()
	return g
}

// defaultGuard allows public addresses only.
var defaultGuard = NewGuard(nil, nil)

// Check decides whether a connection to ip, for host (the name in the URL,
// or the address itself), may be made; the error wraps ErrNotPublic.
func (g *Guard) Check(host string, ip netip.Addr) error {
	if g.hosts[strings.ToLower(strings.TrimSuffix(host, "."))] {
		return nil
	}
	for _, p := range g.prefixes {
		if p.Contains(ip.Unmap()) {
			return nil
		}
	}
	if err := g.deny.SafeAddr(ip); err != nil {
		return fmt.Errorf("%w: %s (%s is not public; DEALBOT_ALLOW_HOSTS can allow it)", ErrNotPublic, ip, host)
	}
	return nil
}

// Allowed describes, in a stable form, what g allows beyond public
// addresses ("" for nothing): what a refusal was decided under, so that
// a feed item refused under one allow list is tried again under another.
func (g *Guard) Allowed() string {
	if g == nil {
		return ""
	}
	var all []string
	for h := range g.hosts {
		all = append(all, h)
	}
	for _, p := range g.prefixes {
		all = append(all, p.String())
	}
	slices.Sort(all)
	return strings.Join(all, ",")
}

// dial connects only where Check allows, judging the address each
// connection attempt is about to use.
func (g *Guard) dial(ctx context.Context, network, addr string) (net.Conn, error) {
	host, _, err := net.SplitHostPort(addr)
	if err != nil {
		return nil, err
	}
	d := &net.Dialer{
		Timeout: 10 * time.Second,
		Control: func(_, address string, _ syscall.RawConn) error {
			ap, err := netip.ParseAddrPort(address)
			if err != nil {
				return fmt.Errorf("%w: unparsable address %q", ErrNotPublic, address)
			}
			return g.Check(host, ap.Addr())
		},
	}
	return d.DialContext(ctx, network, addr)
}

func (g *Guard) newTransport() *http.Transport {
	t := http.DefaultTransport.(*http.Transport).Clone()
	t.Proxy = nil
	t.DialContext = g.dial
	return t
}

// maxRedirects bounds the redirects a fetch follows, as net/http does.
const maxRedirects = 10

// Client returns an HTTP client through the guard that gives up after
// timeout (0: 30 seconds) and follows redirects to http(s) URLs only.
func (g *Guard) Client(timeout time.Duration) *http.Client {
	if timeout <= 0 {
		timeout = 30 * time.Second
	}
	return &http.Client{
		Transport: g.transport,
		Timeout:   timeout,
		CheckRedirect: func(req *http.Request, via []*http.Request) error {
			if err := checkScheme(req.URL.Scheme); err != nil {
				return err
			}
			if len(via) >= maxRedirects {
				return errors.New("stopped after 10 redirects")
			}
			return nil
		},
	}
}

// checkScheme refuses what is not http or https, for good.
func checkScheme(scheme string) error {
	if scheme != "http" && scheme != "https" {
		return fmt.Errorf("%w: %q", ErrUnsupportedURL, scheme+":")
	}
	return nil
}
