package people

import "testing"

// TestPairs checks that two people named together with "and", "&" or "+"
// are one reading greeted by both, and that two people each described on
// their own stay apart.
func TestPairs(t *testing.T) {
	for _, tc := range []struct {
		text, name, said, address string
	}{
		{"a card for ines & tomas, they just moved in together", "Ines and Tomas", "", "Ines and Tomas"},
		{"help me write to Bilal and Noor", "Bilal and Noor", "", "Bilal and Noor"},
		{"text yaw & efua about saturday", "Yaw and Efua", "", "Yaw and Efua"},
		{"something for my mum + dad", "", "mum and dad", "Mum and Dad"},
		{"write to my gran and grandpa", "", "gran and grandpa", "Gran and Grandpa"},
		{"a thank you to my auntie and uncle", "", "auntie and uncle", ""},
		{"my friend aoife and niamh are coming over", "Aoife and Niamh", "", "Aoife and Niamh"},
		// Two people each said with who they are stay two.
		{"my daughter Zara and my old friend Miriam", "Zara", "daughter", "Zara"},
		// A verb after "and" is no second name.
		{"message dev and tell him congrats", "Dev", "", "Dev"},
	} {
		t.Run(tc.text, func(t *testing.T) {
			p := Find(tc.text)
			if p.Name != tc.name || p.Said != tc.said || p.Address() != tc.address {
				t.Errorf("Find(%q) = name %q said %q address %q; want %q %q %q", tc.text, p.Name, p.Said, p.Address(), tc.name, tc.said, tc.address)
			}
		})
	}
}

// TestPinyinName checks the shape of a pinyin given name against English
// verb forms of the same ending.
func TestPinyinName(t *testing.T) {
	for w, want := range map[string]bool{"xiaoling": true, "meiling": true, "zhiming": true, "jialing": true,
		"seeing": false, "running": false, "meeting": false, "changing": false, "talking": false, "ling": false, "wedding": false} {
		if got := pinyinName(w); got != want {
			t.Errorf("pinyinName(%q) = %v, want %v", w, got, want)
		}
	}
}

// TestPinyinNameFound checks that a pinyin given name after a request word
// is found, and an English verb form there is not.
func TestPinyinNameFound(t *testing.T) {
	for text, want := range map[string]string{"help me reply to xiaoling": "Xiaoling", "text zhiming pls": "Zhiming",
		"looking forward to seeing you": "", "help me with fundraising": ""} {
		if got := Find(text).Name; got != want {
			t.Errorf("Find(%q).Name = %q, want %q", text, got, want)
		}
	}
}

// TestNickLeads checks that "little" or "big" before a name someone is
// called by is no part of the name.
func TestNickLeads(t *testing.T) {
	for text, want := range map[string]string{"can you write something for big mo, he just got out of surgery": "Mo",
		"something for lil jay.": "Jay", "text my little brother": ""} {
		if got := Find(text).Name; got != want {
			t.Errorf("Find(%q).Name = %q, want %q", text, got, want)
		}
	}
}
