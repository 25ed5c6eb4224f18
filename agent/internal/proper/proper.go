// Package proper knows the everyday words that are always written with
// capitals or accents in English, whatever way they were typed: languages,
// exams and letters ("english", "cv", "gcses"), a few names of services and
// feasts, and "fiancé". Drafts and revisions write them this way.
package proper

// Words maps a word typed in lower case to how it is written.
var Words = map[string]string{
	"english": "English", "french": "French", "spanish": "Spanish", "german": "German", "portuguese": "Portuguese",
	"mandarin": "Mandarin", "cantonese": "Cantonese", "chinese": "Chinese", "japanese": "Japanese", "korean": "Korean",
	"arabic": "Arabic", "hindi": "Hindi", "urdu": "Urdu", "dutch": "Dutch", "russian": "Russian", "italian": "Italian",
	"greek": "Greek", "turkish": "Turkish", "welsh": "Welsh", "gaelic": "Gaelic", "swahili": "Swahili", "latin": "Latin",
	"cv": "CV", "gcse": "GCSE", "gcses": "GCSEs", "phd": "PhD", "mba": "MBA", "nhs": "NHS", "uk": "UK", "tv": "TV",
	"gp": "GP", "ceo": "CEO", "dj": "DJ", "sats": "SATs", "alevels": "A-levels", "a-levels": "A-levels", "a-level": "A-level",
	"linkedin": "LinkedIn", "zoom": "Zoom", "easter": "Easter", "christmas": "Christmas",
	"fiance": "fiancé", "fiancee": "fiancée",
}
