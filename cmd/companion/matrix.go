package main

import (
	"context"
	"errors"
	"fmt"

	"github.com/companion-dev/companion/adapters/matrix"
)

const matrixUsage = `Usage: companion matrix <command> [flags]

Commands:
  login   log the companion's Matrix account in with OAuth (a link and a code
          to approve in a browser) and keep the session for "companion run"

Run "companion matrix login --help" for its flags.`

const matrixLoginAbout = "Log the companion's Matrix account (matrix.homeserver, matrix.user_id) in with\n" +
	"OAuth 2.0, for homeservers that use Matrix's OAuth login (the Matrix Authentication\n" +
	"Service). It prints a link and a code: open the link in any browser, sign in as the\n" +
	"companion's account and approve. The tokens are kept in the data directory\n" +
	"(" + matrix.OAuthSessionFile + ", mode 0600; backups carry it) and \"companion run\" uses\n" +
	"and refreshes them when matrix.oauth is true. Run it again when the companion says\n" +
	"the session has ended. Stop \"companion run\" first: a data directory in use is refused.\n" +
	"A homeserver without OAuth login is said so: use matrix.password or\n" +
	"matrix.access_token there."

func (m *Main) matrix(ctx context.Context, args []string) error {
	if len(args) == 0 {
		fmt.Fprintln(m.Stderr, matrixUsage)
		return usageError{"companion matrix: say which command (login)"}
	}
	switch args[0] {
	case "login":
		return m.matrixLogin(ctx, args[1:])
	case "help", "-h", "--help", "-help":
		fmt.Fprintln(m.Stdout, matrixUsage)
		return nil
	default:
		fmt.Fprintln(m.Stderr, matrixUsage)
		return usageError{fmt.Sprintf("companion matrix: unknown command %q (want login)", args[0])}
	}
}

func (m *Main) matrixLogin(ctx context.Context, args []string) error {
	var c commonFlags
	fs := m.newFlagSet("matrix login", "matrix login [flags]", matrixLoginAbout)
	c.register(fs)
	newDevice := fs.Bool("new-device", false, "log in as a new device even when an earlier login kept one\n(after the Matrix crypto database was lost)")
	if err := parse(fs, args); err != nil {
		return helpOK(err)
	}
	if fs.NArg() > 0 {
		return usageError{fmt.Sprintf("companion matrix login: unexpected argument %q", fs.Arg(0))}
	}
	cfg, err := m.loadConfig(c)
	if err != nil {
		return err
	}
	mc := cfg.Matrix
	if mc.Homeserver == "" || mc.UserID == "" {
		return errors.New("matrix login: set matrix.homeserver and matrix.user_id (COMPANION_MATRIX_HOMESERVER, COMPANION_MATRIX_USER_ID) first")
	}
	// Holding the store keeps a running companion from having its session
	// replaced underneath it.
	st, err := openStoreAlone(cfg, m)
	if err != nil {
		return err
	}
	defer st.Close()
	res, err := matrix.LoginWithOAuth(ctx, matrix.LoginOptions{
		Homeserver: mc.Homeserver,
		UserID:     mc.UserID,
		DataDir:    cfg.Data.Dir,
		NewDevice:  *newDevice,
		Out:        m.Stdout,
		Logger:     m.newLogger(cfg, 0).With("component", "matrix"),
	})
	if err != nil {
		return fmt.Errorf("matrix login: %w", err)
	}
	fmt.Fprintf(m.Stdout, "\nLogged in as %s, device %s. The session is kept in %s (mode 0600);\n"+
		"\"companion backup\" carries it.\n", res.UserID, res.DeviceID, res.Path)
	if !mc.OAuth {
		fmt.Fprintln(m.Stdout, "Set matrix.oauth: true (COMPANION_MATRIX_OAUTH=true) so that \"companion run\" uses it.")
	} else {
		fmt.Fprintln(m.Stdout, "Start the companion with \"companion run\".")
	}
	return nil
}
