package safety

import (
	"slices"
	"strings"
	"testing"
)

// TestJapanese checks the Japanese lexicon on wordings of its own: each
// situation, indirect statements, and the near misses that share their
// words (heat, laughter, a game, a film), which stay quiet.
func TestJapanese(t *testing.T) {
	checkSituations(t, []situationCase{
		{"正直もう死にたいです", Self},
		{"最近ずっと消えてしまいたいって思ってる", Self},
		{"生きてる意味がわからない、疲れた", Self},
		{"眠ったまま朝が来なければいいのにな", Self},
		{"家族は私がいない方が幸せだと思う", Self},
		{"睡眠薬をこっそり貯めてる", Self},
		{"昨日また手首を切ってしまった", Self},
		{"遺書を書き終わった", Self},
		{"父に毎日蹴られてる", Abuse},
		{"旦那にパスポートを取り上げられて出してもらえない", Abuse},
		{"殺すぞって彼氏に脅されてる", Abuse},
		{"親友が死にたいってLINEしてきた", Other},
		{"弟が飛び降りるって言ってて怖い", Other},
		{"母が父に叩かれてるのを見た", Other},
		{"祖父が倒れて呼吸してない", Medical},
		{"子どもがボタン電池を飲み込んだ", Medical},
		{"胸が苦しくて左腕がしびれてる", Medical},
		{"寒すぎて死にそう", None},
		{"面白すぎて死んだw", None},
		{"ゲームで100回死んだ", None},
		{"アニメで主人公が死んで泣いた", None},
		{"スマホの電池が死んだ", None},
		{"死ぬほど眠い", None},
		{"来週のライブ楽しみ！", None},
	})
	if !slices.Contains(Languages(), "ja") {
		t.Error("no Japanese lexicon loaded")
	}
	r := Compose(Detect("もう消えたい"), "JP", Builtin(), "")
	if r.Lang != "ja" || !strings.Contains(r.Text, "0570-783-556") {
		t.Errorf("a Japanese crisis in Japan is answered in %s without its line:\n%s", r.Lang, r.Text)
	}
	if got := tokens("死にたい！", nil); strings.Join(got, " ") != "死 に た い ." {
		t.Errorf("tokens read Japanese as %q, want one word a character", got)
	}
}
