package handlers_test

import (
	"os"
	"slices"
	"testing"

	"go.yaml.in/yaml/v3"
)

// TestManifest keeps the app manifest in step with what the code handles.
func TestManifest(t *testing.T) {
	data, err := os.ReadFile("slack-manifest.yaml")
	if err != nil {
		t.Fatal(err)
	}
	var m struct {
		Features struct {
			SlashCommands []struct{ Command string } `yaml:"slash_commands"`
			AppHome       struct {
				MessagesTab bool `yaml:"messages_tab_enabled"`
			} `yaml:"app_home"`
		}
		OAuthConfig struct {
			Scopes struct{ Bot []string }
		} `yaml:"oauth_config"`
		Settings struct {
			EventSubscriptions struct {
				BotEvents []string `yaml:"bot_events"`
			} `yaml:"event_subscriptions"`
			Interactivity struct {
				Enabled bool `yaml:"is_enabled"`
			}
			SocketMode bool `yaml:"socket_mode_enabled"`
		}
	}
	if err := yaml.Unmarshal(data, &m); err != nil {
		t.Fatal(err)
	}
	var commands []string
	for _, c := range m.Features.SlashCommands {
		commands = append(commands, c.Command)
	}
	slices.Sort(commands)
	if want := []string{"/deal", "/fund", "/politics", "/tariffs"}; !slices.Equal(commands, want) {
		t.Errorf("commands %v, want %v", commands, want)
	}
	for _, scope := range []string{"app_mentions:read", "chat:write", "commands", "im:history", "channels:history", "groups:history", "mpim:history"} {
		if !slices.Contains(m.OAuthConfig.Scopes.Bot, scope) {
			t.Errorf("bot scope %s missing", scope)
		}
	}
	for _, ev := range []string{"app_mention", "message.im"} {
		if !slices.Contains(m.Settings.EventSubscriptions.BotEvents, ev) {
			t.Errorf("event %s missing", ev)
		}
	}
	if !m.Settings.Interactivity.Enabled || !m.Settings.SocketMode || !m.Features.AppHome.MessagesTab {
		t.Errorf("interactivity %v, socket mode %v, messages tab %v: want all on",
			m.Settings.Interactivity.Enabled, m.Settings.SocketMode, m.Features.AppHome.MessagesTab)
	}
}
