import { render } from 'preact';
import { localizeDocument } from '../../src/i18n';
import { Options } from '../../src/options/Options';
import '../../src/popup/theme.css';
import '../../src/options/options.css';

localizeDocument(document, 'optionsTitle');
render(<Options />, document.getElementById('app')!);
