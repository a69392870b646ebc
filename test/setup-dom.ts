import '@testing-library/jest-dom';
import { configure } from '@testing-library/react';

// findBy*/waitFor give up after 1 s by default; the first render of Fluent UI in a cold jsdom
// takes longer than that when the machine is busy. Waiting longer never makes a wrong pane pass.
configure({ asyncUtilTimeout: 10_000 });
