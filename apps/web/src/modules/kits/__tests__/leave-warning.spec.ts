import { leaveWarning } from '../utils/leave-warning';

describe('leaveWarning', () => {
  it('asks before dropping edits that cannot be saved, or are not saved yet', () => {
    expect(leaveWarning({ status: 'invalid', kitId: 'kit-1', edited: true })).toMatch(/some fields need fixing/);
    expect(leaveWarning({ status: 'error', kitId: 'kit-1', edited: true })).toMatch(/could not be saved/);
    expect(leaveWarning({ status: 'conflict', kitId: 'kit-1', edited: true })).toMatch(/could not be saved/);
    expect(leaveWarning({ status: 'pending', kitId: 'kit-1', edited: true })).toMatch(/not saved yet/);
  });

  it('asks about a new kit that was edited but never saved, for want of a role or title', () => {
    expect(leaveWarning({ status: 'saved', kitId: null, edited: true })).toMatch(/needs a role and a title/);
  });

  it('lets the person go when everything is saved, or nothing was touched', () => {
    expect(leaveWarning({ status: 'saved', kitId: 'kit-1', edited: true })).toBeNull();
    expect(leaveWarning({ status: 'saving', kitId: 'kit-1', edited: true })).toBeNull();
    expect(leaveWarning({ status: 'saved', kitId: null, edited: false })).toBeNull();
  });
});
