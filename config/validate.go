package config

import (
	"errors"
	"fmt"
	"io/fs"
	"net"
	"net/url"
	"os"
	"regexp"
	"strconv"
	"strings"
)

// Validate checks the whole configuration and returns every problem at
// once (joined with errors.Join, one per line), each wrapping ErrInvalid.
// Each problem names the key the way it was set: the environment variable
// (COMPANION_LLM_URL), or the YAML key path (llm.url) with the file and
// line when it came from the file. Validate looks at the file system only
// to check that the key file and the guide folder can be read.
func (c Config) Validate() error {
	v := validator{c: c}
	v.data()
	v.knowledge()
	v.telegram()
	v.matrix()
	v.llm()
	v.access()
	v.http()
	v.positive("shutdown.timeout", v.c.Shutdown.Timeout, "10s")
	v.log()
	v.safety()
	v.limits()
	v.reminders()
	return joinProblems(v.probs)
}

// validator collects problems, naming each key by where its value came from.
type validator struct {
	c     Config
	probs []problem
}

// bad records a problem with the key at YAML path.
func (v *validator) bad(path, format string, args ...any) {
	p := problem{key: path, msg: fmt.Sprintf(format, args...)}
	if s, ok := v.c.src[path]; ok && s.env != "" {
		p.key = s.env
	} else if s, ok := v.fileSource(path); ok {
		p.where = fmt.Sprintf("%s:%d", s.file, s.line)
	}
	v.probs = append(v.probs, p)
}

// fileSource finds where in the file path, or the nearest entry holding it
// (a list item missing a key), was written.
func (v *validator) fileSource(path string) (source, bool) {
	for {
		if s, ok := v.c.src[path]; ok && s.file != "" {
			return s, true
		}
		i := strings.LastIndexByte(path, '.')
		if i < 0 || !strings.HasSuffix(path[:i], "]") {
			return source{}, false
		}
		path = path[:i]
	}
}

// name returns how the person set path: its environment variable or the path.
func (v *validator) name(path string) string {
	if s, ok := v.c.src[path]; ok && s.env != "" {
		return s.env
	}
	return path
}

func (v *validator) data() {
	d := v.c.Data
	if d.Dir == "" {
		v.bad("data.dir", "empty, and no home folder to default to (set COMPANION_DATA_DIR or data.dir to a folder the companion may write to)")
	} else if fi, err := os.Stat(d.Dir); err == nil && !fi.IsDir() {
		v.bad("data.dir", "%s is a file, not a folder (point it at a folder; it is created when missing)", quoteShort(d.Dir))
	}
	if d.EncryptionKeyFile != "" {
		v.readableFile("data.encryption_key_file", d.EncryptionKeyFile)
	}
	v.positive("data.gc_interval", d.GCInterval, "10m")
	if dir := d.ModelCacheDir(); d.ModelCache != "" && dir != "" {
		if fi, err := os.Stat(dir); err == nil && !fi.IsDir() {
			v.bad("data.model_cache", "%s is a file, not a folder (point it at a folder, or say %q to keep no models)", quoteShort(dir), ModelCacheOff)
		}
	}
}

// readableFile checks that path names a regular file this process can
// open. It stats before opening so that a named pipe cannot block start-up.
func (v *validator) readableFile(key, path string) {
	fi, err := os.Stat(path)
	if errors.Is(err, fs.ErrNotExist) {
		v.bad(key, "%s does not exist (create a file of 32 random bytes, e.g. head -c 32 /dev/urandom > companion.key && chmod 600 companion.key)", quoteShort(path))
		return
	}
	if err == nil && !fi.Mode().IsRegular() {
		v.bad(key, "%s is not a regular file (point it at the key file itself)", quoteShort(path))
		return
	}
	if err == nil {
		var f *os.File
		if f, err = os.Open(path); err == nil {
			_ = f.Close()
			return
		}
	}
	v.bad(key, "cannot read %s: %v (check the file's owner and permissions)", quoteShort(path), unwrapPathErr(err))
}

// unwrapPathErr drops the path from an *os.PathError, which the message already shows.
func unwrapPathErr(err error) error {
	if pe, ok := err.(*os.PathError); ok {
		return pe.Err
	}
	return err
}

func (v *validator) knowledge() {
	k := v.c.Knowledge
	if k.Dir != "" {
		fi, err := os.Stat(k.Dir)
		switch {
		case err != nil:
			v.bad("knowledge.dir", "cannot read %s: %v (point it at a folder of Markdown sections, or leave it empty)", quoteShort(k.Dir), unwrapPathErr(err))
		case !fi.IsDir():
			v.bad("knowledge.dir", "%s is not a folder (point it at a folder of Markdown sections)", quoteShort(k.Dir))
		}
	}
	if k.Replace && k.Dir == "" {
		v.bad("knowledge.replace", "true, but %s is empty (set the folder whose sections replace the built-in guide, or set this to false)", v.name("knowledge.dir"))
	}
}

func (v *validator) telegram() {
	t := v.c.Telegram
	v.url("telegram.api_url", t.APIURL, "https://api.telegram.org")
	if strings.ContainsAny(t.Token.Value(), " \t\r\n/") {
		v.bad("telegram.token", "contains spaces or slashes (paste the token exactly as @BotFather gave it, e.g. 123456789:AA...)")
	}
	v.notPlaceholder("telegram.token", t.Token)
	switch t.Mode {
	case ModePolling:
	case ModeWebhook:
		if t.WebhookURL == "" {
			v.bad("telegram.webhook_url", "empty, but webhook mode needs it (set the public HTTPS address Telegram should post to, or use mode polling)")
		}
		if t.WebhookListen == "" {
			v.bad("telegram.webhook_listen", `empty, but webhook mode needs it (set the local address to listen on, e.g. ":8443")`)
		}
	default:
		v.bad("telegram.mode", "unknown mode %s (want polling or webhook)", quoteShort(t.Mode))
	}
	if t.WebhookURL != "" {
		v.url("telegram.webhook_url", t.WebhookURL, "https://bot.example.org/telegram")
	}
	if t.WebhookListen != "" {
		v.addr("telegram.webhook_listen", t.WebhookListen, ":8443")
	}
	if s := t.WebhookSecret.Value(); s != "" && !webhookSecretRe.MatchString(s) {
		v.bad("telegram.webhook_secret", "must be 1 to 256 of A-Z, a-z, 0-9, _ and - (Telegram refuses anything else)")
	}
	v.notPlaceholder("telegram.webhook_secret", t.WebhookSecret)
	v.positive("telegram.poll_timeout", t.PollTimeout, "30s")
}

var webhookSecretRe = regexp.MustCompile(`^[A-Za-z0-9_-]{1,256}$`)

func (v *validator) matrix() {
	m := v.c.Matrix
	for _, s := range []struct {
		key string
		val Secret
	}{{"matrix.password", m.Password}, {"matrix.access_token", m.AccessToken}, {"matrix.pickle_key", m.PickleKey}, {"matrix.recovery_key", m.RecoveryKey}} {
		v.notPlaceholder(s.key, s.val)
	}
	if m.Homeserver == "" {
		if m.UserID != "" || m.Password != "" || m.AccessToken != "" || m.OAuth {
			v.bad("matrix.homeserver", "empty, but Matrix credentials are set (set the homeserver URL, e.g. https://matrix.example.org, or remove the Matrix settings)")
		}
		return
	}
	v.url("matrix.homeserver", m.Homeserver, "https://matrix.example.org")
	switch {
	case m.UserID == "":
		v.bad("matrix.user_id", `empty, but the Matrix homeserver is set (set the companion's account, e.g. "@companion:example.org")`)
	case !matrixIDRe.MatchString(m.UserID) || strings.HasPrefix(m.UserID, "@*:"):
		v.bad("matrix.user_id", `not a Matrix user id: %s (want "@name:server", e.g. "@companion:example.org")`, quoteShort(m.UserID))
	}
	switch {
	case m.OAuth && m.AccessToken != "":
		v.bad("matrix.oauth", "on, but %s is set too (use one way to sign in: the OAuth session of \"companion matrix login\", or the access token)", v.name("matrix.access_token"))
	case m.Password == "" && m.AccessToken == "" && !m.OAuth:
		v.bad("matrix.password", "empty, and so is %s (set one of them so the companion can sign in, or set %s: true and run \"companion matrix login\")",
			v.name("matrix.access_token"), v.name("matrix.oauth"))
	}
}

func (v *validator) llm() {
	l := v.c.LLM
	switch l.Provider {
	case ProviderNone:
	case ProviderOllama, ProviderOpenAI:
		if strings.TrimSpace(l.Model) == "" {
			v.bad("llm.model", "empty, but provider is %s (set the model's name on the server, e.g. llama3.2)", l.Provider)
		}
		if l.Provider == ProviderOpenAI && l.URL == "" {
			v.bad("llm.url", "empty, but provider openai needs the server's address (e.g. http://127.0.0.1:8080/v1)")
		}
	default:
		v.bad("llm.provider", "unknown provider %s (want none, ollama or openai)", quoteShort(l.Provider))
	}
	if l.URL != "" {
		v.url("llm.url", l.URL, DefaultOllamaURL)
	}
	v.notPlaceholder("llm.api_key", l.APIKey)
	if l.Temperature < 0 || l.Temperature > 2 {
		v.bad("llm.temperature", "%v is out of range (want 0 to 2, e.g. 0.7)", l.Temperature)
	}
	v.positive("llm.timeout", l.Timeout, "20s")
	if l.MaxTokens < 1 {
		v.bad("llm.max_tokens", "%d is too small (want at least 1, e.g. 400)", l.MaxTokens)
	}
}

func (v *validator) access() {
	for i, u := range v.c.Access.AllowedUsers {
		if msg := allowEntryProblem(u); msg != "" {
			v.bad("access.allowed_users", "entry %d: %s", i+1, msg)
		}
	}
}

func (v *validator) http() {
	if a := v.c.HTTP.Addr; a != "" {
		v.addr("http.addr", a, "127.0.0.1:9090")
	}
}

func (v *validator) log() {
	switch v.c.Log.Level {
	case "debug", "info", "warn", "error":
	default:
		v.bad("log.level", "unknown level %s (want debug, info, warn or error)", quoteShort(v.c.Log.Level))
	}
	switch v.c.Log.Format {
	case "text", "json":
	default:
		v.bad("log.format", "unknown format %s (want text or json)", quoteShort(v.c.Log.Format))
	}
}

func (v *validator) safety() {
	s := v.c.Safety
	if strings.TrimSpace(s.EmergencyNote) == "" {
		v.bad("safety.emergency_note", `empty (crisis replies need it; name the emergency service, e.g. "your local emergency number" or "112")`)
	}
	if len(s.Helplines) == 0 {
		v.bad("safety.helplines", "empty (crisis replies need somewhere to point; keep at least one, e.g. Find A Helpline, https://findahelpline.com)")
	}
	for i, h := range s.Helplines {
		key := fmt.Sprintf("safety.helplines[%d]", i)
		if strings.TrimSpace(h.Name) == "" {
			v.bad(key+".name", "empty (say what the helpline is called)")
		}
		if strings.TrimSpace(h.Contact) == "" {
			v.bad(key+".contact", "empty (give a phone number, text code or web address)")
		}
		if c := h.Country; c != "" && !isCountryCode(c) {
			v.bad(key+".country", "%s is not a country code (want two letters, ISO 3166, e.g. GB or DE)", quoteShort(c))
		}
		switch h.Kind {
		case "", "crisis", "abuse", "emergency":
		default:
			v.bad(key+".kind", "unknown kind %s (want crisis, abuse or emergency)", quoteShort(h.Kind))
		}
	}
}

func (v *validator) limits() {
	l := v.c.Limits
	for _, f := range []struct {
		key string
		val int
	}{
		{"limits.messages_per_minute", l.MessagesPerMinute},
		{"limits.model_calls_per_hour", l.ModelCallsPerHour},
		{"limits.max_message_bytes", l.MaxMessageBytes},
	} {
		if f.val < 0 {
			v.bad(f.key, "%d is negative (want 0 for no limit, or a positive number)", f.val)
		}
	}
}

func (v *validator) reminders() {
	r := v.c.Reminders
	for _, f := range []struct{ key, val string }{
		{"reminders.quiet_start", r.QuietStart},
		{"reminders.quiet_end", r.QuietEnd},
	} {
		if _, err := parseClock(f.val); err != nil {
			v.bad(f.key, "%v", err)
		}
	}
	if r.MaxPerDay < 0 {
		v.bad("reminders.max_per_day", "%d is negative (want 0 for no limit, or e.g. 3)", r.MaxPerDay)
	}
	v.positive("reminders.stale_after", r.StaleAfter, "6h")
	if r.DefaultHour < 0 || r.DefaultHour > 23 {
		v.bad("reminders.default_hour", "%d is not an hour of the day (want 0 to 23, e.g. 10)", r.DefaultHour)
	}
}

// url checks that s is an absolute http or https URL with a host. The model
// client ends the process on a malformed URL, so this must catch them all.
func (v *validator) url(key, s, example string) {
	u, err := url.Parse(s)
	ok := err == nil && (u.Scheme == "http" || u.Scheme == "https") && u.Hostname() != "" &&
		u.Opaque == "" && u.RawQuery == "" && u.Fragment == ""
	if ok && u.Port() != "" {
		p, perr := strconv.Atoi(u.Port())
		ok = perr == nil && p > 0 && p < 65536
	}
	switch {
	case strings.Contains(s, "@"):
		// Not echoed: the part before "@" may be a password.
		v.bad(key, "holds a user name or password (remove it from the URL; URLs may be logged, secrets never are)")
	case !ok:
		v.bad(key, "not a URL: %s (want e.g. %s)", quoteShort(s), example)
	}
}

// addr checks a listen address such as ":8443" or "127.0.0.1:9090".
func (v *validator) addr(key, s, example string) {
	_, port, err := net.SplitHostPort(s)
	if err == nil {
		p, perr := strconv.Atoi(port)
		if perr != nil || p < 0 || p > 65535 {
			err = fmt.Errorf("bad port")
		}
	}
	if err != nil {
		v.bad(key, "not a listen address: %s (want host:port, e.g. %s)", quoteShort(s), example)
	}
}

// positive checks that a duration is above zero.
func (v *validator) positive(key string, d Duration, example string) {
	if d.Duration <= 0 {
		v.bad(key, "%s is not positive (want a duration such as %s)", d.Duration, example)
	}
}

// notPlaceholder catches a redacted placeholder pasted back from printed
// configuration in place of the real secret.
func (v *validator) notPlaceholder(key string, s Secret) {
	if s.Value() == redacted {
		v.bad(key, "holds the %s placeholder, not the real value (put the secret itself here)", redacted)
	}
}

// isCountryCode reports whether c looks like an ISO 3166 alpha-2 code.
func isCountryCode(c string) bool {
	if len(c) != 2 {
		return false
	}
	for _, r := range c {
		if (r < 'A' || r > 'Z') && (r < 'a' || r > 'z') {
			return false
		}
	}
	return true
}
