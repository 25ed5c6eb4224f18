package matrix

import (
	"encoding/json"
	"fmt"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"testing"
	"time"

	"maunium.net/go/mautrix/oauth"
)

// fakeAuth is a homeserver with Matrix's next-generation auth on loopback:
// the auth metadata endpoint, an OAuth 2.0 server (client registration, the
// device grant, refresh) and the few client-server endpoints the adapter
// needs to run (whoami, filter, sync, send). Refresh tokens behave like the
// Matrix Authentication Service's: the old one stays valid until the pair
// that replaced it is used, then it is retired for good.
type fakeAuth struct {
	t   testing.TB
	srv *httptest.Server

	// Behaviour, set before use.
	noOAuth       bool     // auth_metadata answers 404 M_UNRECOGNIZED
	unstableOnly  bool     // only the MSC2965 unstable endpoint answers
	noDeviceGrant bool     // metadata without a device authorization endpoint
	polls         []string // OAuth errors the token endpoint answers, in turn, before it issues tokens
	codeLifetime  int      // the device code's expires_in, seconds
	interval      int      // the device code's interval, seconds; 0 leaves it out
	tokenLifetime int      // access tokens' expires_in, seconds
	user          string   // the account a login approves
	failRefresh   int      // refresh requests answered 503 before they work

	events chan string // "refresh", "sync <token>", "send <token>", "401 <path>"

	mu          sync.Mutex
	registered  []oauth.ClientMetadata
	deviceCodes int
	scope       string            // of the last device code asked for
	pollCount   int               // token requests with the device grant
	access      map[string]string // valid access token → its refresh token
	refresh     map[string]string // valid refresh token → the access token issued with it
	retire      map[string]string // refresh token → older refresh token retired once it is used
	refreshedBy []string          // refresh tokens presented, in order
	seq         int
	reject401   map[string]bool // endpoint path prefixes answered 401 once for the current token
	holdRefresh chan struct{}   // when set, refresh requests wait for it (or for the client to leave)
	dir         string          // when set, the session file there must hold a token before it is used
	unsaved     []string        // tokens used before the session file held them
}

func newFakeAuth(t testing.TB) *fakeAuth {
	f := &fakeAuth{
		t: t, codeLifetime: 600, interval: 5, tokenLifetime: 300, user: "@bot:fake.test",
		events:  make(chan string, 4096),
		access:  map[string]string{},
		refresh: map[string]string{}, retire: map[string]string{}, reject401: map[string]bool{},
	}
	mux := http.NewServeMux()
	mux.HandleFunc("GET /_matrix/client/v1/auth_metadata", f.metadata(false))
	mux.HandleFunc("GET /_matrix/client/unstable/org.matrix.msc2965/auth_metadata", f.metadata(true))
	mux.HandleFunc("POST /oauth2/registration", f.register)
	mux.HandleFunc("POST /oauth2/device", f.deviceCode)
	mux.HandleFunc("POST /oauth2/token", f.token)
	mux.HandleFunc("GET /_matrix/client/v3/account/whoami", f.authed(f.whoami))
	mux.HandleFunc("POST /_matrix/client/v3/user/{user}/filter", f.authed(func(w http.ResponseWriter, _ *http.Request, _ string) {
		writeJSON(w, 200, map[string]any{"filter_id": "f1"})
	}))
	mux.HandleFunc("GET /_matrix/client/v3/sync", f.authed(f.sync))
	mux.HandleFunc("PUT /_matrix/client/v3/rooms/{room}/send/{type}/{txn}", f.authed(func(w http.ResponseWriter, r *http.Request, tok string) {
		f.note("send " + tok)
		writeJSON(w, 200, map[string]any{"event_id": "$" + r.PathValue("txn")})
	}))
	mux.HandleFunc("/", func(w http.ResponseWriter, _ *http.Request) {
		writeJSON(w, 404, map[string]any{"errcode": "M_UNRECOGNIZED", "error": "unrecognized"})
	})
	f.srv = httptest.NewServer(mux)
	t.Cleanup(f.srv.Close)
	return f
}

func writeJSON(w http.ResponseWriter, status int, v any) {
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(status)
	_ = json.NewEncoder(w).Encode(v)
}

func oauthError(w http.ResponseWriter, code string) {
	writeJSON(w, 400, map[string]any{"error": code, "error_description": "fake: " + code})
}

func (f *fakeAuth) metadata(unstable bool) http.HandlerFunc {
	return func(w http.ResponseWriter, _ *http.Request) {
		if f.noOAuth || (f.unstableOnly && !unstable) {
			writeJSON(w, 404, map[string]any{"errcode": "M_UNRECOGNIZED", "error": "unrecognized"})
			return
		}
		u := f.srv.URL
		meta := map[string]any{
			"issuer": u + "/", "authorization_endpoint": u + "/oauth2/auth",
			"registration_endpoint": u + "/oauth2/registration", "token_endpoint": u + "/oauth2/token",
			"revocation_endpoint":   u + "/oauth2/revoke",
			"grant_types_supported": []string{"authorization_code", "refresh_token", string(oauth.GrantTypeDeviceCode)},
		}
		if !f.noDeviceGrant {
			meta["device_authorization_endpoint"] = u + "/oauth2/device"
		}
		writeJSON(w, 200, meta)
	}
}

func (f *fakeAuth) register(w http.ResponseWriter, r *http.Request) {
	var m oauth.ClientMetadata
	if err := json.NewDecoder(r.Body).Decode(&m); err != nil {
		writeJSON(w, 400, map[string]any{"error": "invalid_client_metadata"})
		return
	}
	f.mu.Lock()
	f.registered = append(f.registered, m)
	m.ClientID = fmt.Sprintf("client-%d", len(f.registered))
	f.mu.Unlock()
	writeJSON(w, 201, m)
}

func (f *fakeAuth) deviceCode(w http.ResponseWriter, r *http.Request) {
	if r.FormValue("client_id") == "" {
		oauthError(w, "invalid_client")
		return
	}
	f.mu.Lock()
	f.deviceCodes++
	f.scope = r.FormValue("scope")
	f.mu.Unlock()
	resp := map[string]any{
		"device_code": "the-device-code", "user_code": "WDJB-MJHT",
		"verification_uri":          f.srv.URL + "/link",
		"verification_uri_complete": f.srv.URL + "/link?code=WDJB-MJHT",
		"expires_in":                f.codeLifetime,
	}
	if f.interval > 0 {
		resp["interval"] = f.interval
	}
	writeJSON(w, 200, resp)
}

// device is the device id the last device code asked for in its scope.
func (f *fakeAuth) device() string {
	f.mu.Lock()
	defer f.mu.Unlock()
	for _, s := range strings.Fields(f.scope) {
		if d, ok := strings.CutPrefix(s, "urn:matrix:client:device:"); ok {
			return d
		}
	}
	return ""
}

func (f *fakeAuth) token(w http.ResponseWriter, r *http.Request) {
	switch r.FormValue("grant_type") {
	case string(oauth.GrantTypeDeviceCode):
		f.mu.Lock()
		f.pollCount++
		var next string
		if len(f.polls) > 0 {
			next, f.polls = f.polls[0], f.polls[1:]
		}
		f.mu.Unlock()
		if next != "" {
			oauthError(w, next)
			return
		}
		at, rt := f.pair("")
		f.answer(w, at, rt)
	case string(oauth.GrantTypeRefreshToken):
		old := r.FormValue("refresh_token")
		f.mu.Lock()
		f.refreshedBy = append(f.refreshedBy, old)
		_, ok := f.refresh[old]
		hold := f.holdRefresh
		failing := f.failRefresh > 0
		if failing {
			f.failRefresh--
		}
		f.mu.Unlock()
		f.note("refresh")
		if failing {
			writeJSON(w, 503, map[string]any{"error": "temporarily_unavailable"})
			return
		}
		if !ok {
			oauthError(w, "invalid_grant")
			return
		}
		at, rt := f.pair(old)
		if hold != nil {
			// The pair exists on the server; the client may never see it.
			select {
			case <-hold:
			case <-r.Context().Done():
				return
			}
		}
		f.answer(w, at, rt)
	default:
		oauthError(w, "unsupported_grant_type")
	}
}

// pair makes a new pair of tokens; the refresh token old is retired once
// the new pair is used.
func (f *fakeAuth) pair(old string) (access, refresh string) {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.seq++
	access, refresh = fmt.Sprintf("access-%d", f.seq), fmt.Sprintf("refresh-%d", f.seq)
	f.access[access], f.refresh[refresh] = refresh, access
	if old != "" {
		f.retire[refresh] = old
	}
	return access, refresh
}

func (f *fakeAuth) answer(w http.ResponseWriter, access, refresh string) {
	writeJSON(w, 200, map[string]any{"access_token": access, "refresh_token": refresh, "token_type": "Bearer", "expires_in": f.tokenLifetime})
}

// grant makes a valid pair without a login, for tests that start from a
// kept session.
func (f *fakeAuth) grant() (access, refresh string) { return f.pair("") }

// revoke makes the homeserver forget an access token (a soft logout).
func (f *fakeAuth) revoke(access string) {
	f.mu.Lock()
	defer f.mu.Unlock()
	delete(f.access, access)
}

// endSession forgets every token: the session was ended on the server.
func (f *fakeAuth) endSession() {
	f.mu.Lock()
	defer f.mu.Unlock()
	clear(f.access)
	clear(f.refresh)
}

// authed checks the bearer token of a client-server request.
func (f *fakeAuth) authed(h func(http.ResponseWriter, *http.Request, string)) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		tok, _ := strings.CutPrefix(r.Header.Get("Authorization"), "Bearer ")
		f.mu.Lock()
		rt, ok := f.access[tok]
		for prefix := range f.reject401 {
			if ok && strings.HasPrefix(r.URL.Path, prefix) {
				delete(f.reject401, prefix)
				delete(f.access, tok)
				ok = false
			}
		}
		if ok {
			// The pair is in use: the refresh token it replaced is retired.
			delete(f.refresh, f.retire[rt])
			if f.dir != "" {
				if s, _, _ := readOAuthSession(f.dir); s.AccessToken != tok {
					f.unsaved = append(f.unsaved, tok)
				}
			}
		}
		f.mu.Unlock()
		if !ok {
			f.note("401 " + r.URL.Path)
			writeJSON(w, 401, map[string]any{"errcode": "M_UNKNOWN_TOKEN", "error": "unknown token", "soft_logout": true})
			return
		}
		h(w, r, tok)
	}
}

func (f *fakeAuth) whoami(w http.ResponseWriter, _ *http.Request, _ string) {
	writeJSON(w, 200, map[string]any{"user_id": f.user, "device_id": f.device()})
}

func (f *fakeAuth) sync(w http.ResponseWriter, r *http.Request, tok string) {
	f.note("sync " + tok)
	if r.URL.Query().Get("timeout") != "0" {
		// A long poll with no news: answer soon, or when the client leaves.
		select {
		case <-time.After(50 * time.Millisecond):
		case <-r.Context().Done():
			return
		}
	}
	writeJSON(w, 200, map[string]any{"next_batch": "s1"})
}

// note records an event for expect; a full record drops it rather than
// hold up the server.
func (f *fakeAuth) note(e string) {
	select {
	case f.events <- e:
	default:
	}
}

// expect waits for an event that match accepts, skipping others.
func (f *fakeAuth) expect(match func(string) bool, what string) string {
	f.t.Helper()
	deadline := time.After(10 * time.Second)
	for {
		select {
		case e := <-f.events:
			if match(e) {
				return e
			}
		case <-deadline:
			f.t.Fatalf("timed out waiting for %s", what)
			return ""
		}
	}
}

func (f *fakeAuth) refreshes() []string {
	f.mu.Lock()
	defer f.mu.Unlock()
	return append([]string(nil), f.refreshedBy...)
}
