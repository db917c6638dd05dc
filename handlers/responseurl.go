package handlers

import (
	"context"
	"errors"
	"net/url"

	"github.com/slack-go/slack"
)

// responseDelivered reports whether a response_url post that slack-go
// reported as failed with err reached Slack all the same. Any 2xx means
// delivered, but slack-go wants exactly a 200 whose body is "ok" or JSON
// with a content type: a 204, or a bare "ok" without a content type, came
// back as an error ("mime: no media type"). Its errors are told apart
// here: a transport failure is a *url.Error (net/http wraps every one),
// a status other than 200 a StatusCodeError, a refusal a
// SlackErrorResponse; any other error was raised reading the body of a
// 200.
func responseDelivered(err error) bool {
	var sc slack.StatusCodeError
	if errors.As(err, &sc) {
		return sc.Code >= 200 && sc.Code <= 299
	}
	var ue *url.Error
	var se slack.SlackErrorResponse
	var rl *slack.RateLimitedError
	switch {
	case err == nil:
		return true
	case errors.As(err, &ue), errors.As(err, &se), errors.As(err, &rl),
		errors.Is(err, context.Canceled), errors.Is(err, context.DeadlineExceeded):
		return false
	}
	return true
}
