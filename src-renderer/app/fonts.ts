// Bundled so screens look the same on an offline PC; the @font-face rules carry a
// unicode-range, so only the Vietnamese and Latin subsets are fetched.
import '@fontsource/roboto/vietnamese-400.css';
import '@fontsource/roboto/latin-400.css';
import '@fontsource/roboto/vietnamese-500.css';
import '@fontsource/roboto/latin-500.css';
import '@fontsource/roboto/vietnamese-700.css';
import '@fontsource/roboto/latin-700.css';
