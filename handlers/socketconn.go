package handlers

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"sync"
	"time"

	"github.com/gorilla/websocket"
	"github.com/slack-go/slack/socketmode"
)

// Timing of one Socket Mode connection.
const (
	// pingWait is how long a connection may stay silent: Slack pings every
	// few seconds, so silence this long means the link is gone.
	pingWait = 30 * time.Second
	// ackTimeout bounds writing one acknowledgement.
	ackTimeout = 5 * time.Second
	// closeWait bounds writing the close frame.
	closeWait = time.Second
)

// maxAckSize is the size from which Slack drops an acknowledgement
// silently: such a reply goes to the response_url instead.
const maxAckSize = 20 << 10

// socketConn is one Socket Mode WebSocket connection. Reads happen in
// one goroutine (read); writes, from any goroutine, one at a time, and
// return once the frame is written to the socket or has failed, so an
// acknowledgement counts only when it went out on the connection its
// envelope came in on.
type socketConn struct {
	ws     *websocket.Conn
	opened time.Time

	mu     sync.Mutex // one writer at a time
	closed bool       // the close frame was sent: no more writes
}

// dialSocket opens a connection (apps.connections.open, then the
// WebSocket it names).
func dialSocket(ctx context.Context, open socketOpener) (*socketConn, error) {
	_, url, err := open.StartSocketModeContext(ctx)
	if err != nil {
		return nil, fmt.Errorf("apps.connections.open: %w", tokenError(err))
	}
	opened := time.Now()
	ws, resp, err := websocket.DefaultDialer.DialContext(ctx, url, nil)
	if resp != nil && resp.Body != nil {
		resp.Body.Close()
	}
	if err != nil {
		return nil, fmt.Errorf("dial the Socket Mode WebSocket: %w", err)
	}
	c := &socketConn{ws: ws, opened: opened}
	ws.SetReadDeadline(time.Now().Add(pingWait))
	ws.SetPingHandler(func(data string) error {
		ws.SetReadDeadline(time.Now().Add(pingWait))
		err := ws.WriteControl(websocket.PongMessage, []byte(data), time.Now().Add(closeWait))
		if errors.Is(err, websocket.ErrCloseSent) {
			return nil
		}
		return err
	})
	return c, nil
}

// read calls handle with each message until the connection fails, and
// returns why it did.
func (c *socketConn) read(handle func([]byte)) error {
	for {
		_, data, err := c.ws.ReadMessage()
		if err != nil {
			return err
		}
		c.ws.SetReadDeadline(time.Now().Add(pingWait))
		handle(data)
	}
}

// ack acknowledges an envelope, with payload when it is not nil.
func (c *socketConn) ack(ctx context.Context, envelopeID string, payload any) error {
	data, err := json.Marshal(socketmode.Response{EnvelopeID: envelopeID, Payload: payload})
	if err != nil {
		return fmt.Errorf("encode acknowledgement: %w", err)
	}
	if len(data) >= maxAckSize {
		return fmt.Errorf("acknowledgement of %d bytes is over Slack's %d", len(data), maxAckSize)
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.closed {
		return errors.New("the connection is closed")
	}
	deadline := time.Now().Add(ackTimeout)
	if d, ok := ctx.Deadline(); ok && d.Before(deadline) {
		deadline = d
	}
	if err := ctx.Err(); err != nil {
		return err
	}
	c.ws.SetWriteDeadline(deadline)
	return c.ws.WriteMessage(websocket.TextMessage, data)
}

// close sends a close frame (normal closure) and closes the connection.
func (c *socketConn) close() {
	c.mu.Lock()
	if !c.closed {
		c.closed = true
		c.ws.WriteControl(websocket.CloseMessage, websocket.FormatCloseMessage(websocket.CloseNormalClosure, ""), time.Now().Add(closeWait))
	}
	c.mu.Unlock()
	c.ws.Close()
}
