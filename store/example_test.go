package store_test

import (
	"context"
	"fmt"

	"github.com/companion-dev/companion/agent"
	"github.com/companion-dev/companion/store"
)

func Example() {
	ctx := context.Background()
	s, err := store.Open(store.Options{InMemory: true})
	if err != nil {
		fmt.Println(err)
		return
	}
	defer s.Close()

	p, _ := s.LoadPerson(ctx, "telegram:42")
	p.Profile.Name = "Ana"
	err = s.CommitTurn(ctx, agent.Turn{UpdateID: "telegram:update:1", Person: &p, Replies: []agent.Outgoing{
		{Channel: "telegram", ChatID: "42", Person: p.ID, Reply: agent.Reply{Text: "Nice to meet you, Ana."}},
	}})
	fmt.Println("commit:", err)
	fmt.Println("again:", s.CommitTurn(ctx, agent.Turn{UpdateID: "telegram:update:1", Person: &p}))

	out, _ := s.Pending(ctx, "telegram", 10)
	for _, o := range out {
		fmt.Println(o.Seq, o.ChatID, o.Reply.Text)
		_ = s.MarkSent(ctx, o.Channel, o.Seq)
	}
	_ = s.ForgetPerson(ctx, p.ID)
	p, _ = s.LoadPerson(ctx, "telegram:42")
	fmt.Printf("after forgetting: name %q\n", p.Profile.Name)
	// Output:
	// commit: <nil>
	// again: update already processed
	// 1 42 Nice to meet you, Ana.
	// after forgetting: name ""
}

func ExampleOpen_encrypted() {
	key := make([]byte, 32) // in real use: store.ReadKeyFile(path)
	s, err := store.Open(store.Options{InMemory: true, EncryptionKey: key})
	if err != nil {
		fmt.Println(err)
		return
	}
	defer s.Close()
	fmt.Println("open")
	// Output: open
}
