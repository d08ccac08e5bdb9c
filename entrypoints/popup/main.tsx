import { render } from 'preact';
import { Popup } from '../../src/popup/Popup';
import '../../src/popup/popup.css';

render(<Popup />, document.getElementById('app')!);
