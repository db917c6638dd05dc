package handlers

import (
	"io"
	"net/http"
	"strings"
)

// responseURLSuccess makes every 2xx answer of a response_url read as
// Slack's usual "200 ok". slack-go parses a response_url's answer by its
// content type and wants exactly 200, so a bare "ok" without a content
// type, or a 204, came back as an error although the message was
// delivered. Answers of the Web API itself (under apiURL) pass unchanged.
type responseURLSuccess struct {
	base   http.RoundTripper
	apiURL string // the Web API base, ending in "/"
}

// RoundTrip implements http.RoundTripper.
func (t responseURLSuccess) RoundTrip(req *http.Request) (*http.Response, error) {
	resp, err := t.base.RoundTrip(req)
	if err != nil || resp.StatusCode < 200 || resp.StatusCode > 299 {
		return resp, err
	}
	if apiMethod(t.apiURL, req) != "" {
		return resp, nil
	}
	io.Copy(io.Discard, io.LimitReader(resp.Body, 64<<10))
	resp.Body.Close()
	resp.StatusCode, resp.Status = http.StatusOK, "200 OK"
	resp.Header = http.Header{"Content-Type": {"text/plain"}}
	resp.Body = io.NopCloser(strings.NewReader("ok"))
	resp.ContentLength = 2
	return resp, nil
}
