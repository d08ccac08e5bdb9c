import { render } from 'preact';
import { localizeDocument } from '../../src/i18n';
import { Popup } from '../../src/popup/Popup';
import '../../src/popup/theme.css';
import '../../src/popup/popup.css';

localizeDocument(document, 'actionTitle');
render(<Popup />, document.getElementById('app')!);
