package main

import (
	"cmp"
	"context"
	"fmt"
	"io"
	"net"
	"net/http"
	"time"
)

// runHealthcheck asks the dealbot running on this machine for GET
// /healthz at DEALBOT_ADDR, so that a container image needs no curl for
// its HEALTHCHECK. It exits 0 when the answer is 200.
func runHealthcheck(ctx context.Context, args []string, env config, stdout, stderr io.Writer) error {
	if err := noArgs("healthcheck", args, stderr); err != nil {
		return err
	}
	addr, err := env.listenAddr()
	if err != nil {
		return err
	}
	_, port, _ := net.SplitHostPort(cmp.Or(addr, defaultHTTPAddr))
	host, _, _ := net.SplitHostPort(cmp.Or(addr, defaultHTTPAddr))
	if ip := net.ParseIP(host); host == "" || ip != nil && ip.IsUnspecified() {
		host = "127.0.0.1" // listening everywhere: loopback is one of them
	}
	ctx, cancel := context.WithTimeout(ctx, 3*time.Second)
	defer cancel()
	url := "http://" + net.JoinHostPort(host, port) + "/healthz"
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, url, nil)
	if err != nil {
		return err
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		return fmt.Errorf("healthcheck: %w", err)
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		return fmt.Errorf("healthcheck: %s answered %s", url, resp.Status)
	}
	fmt.Fprintln(stdout, "ok")
	return nil
}
