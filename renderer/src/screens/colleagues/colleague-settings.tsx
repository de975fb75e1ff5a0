import { ContactsSection } from './contacts-section';
import { IdentitySection } from './identity-section';
import './colleagues.css';

/** The settings tab "Kollegaen": what to give the colleague, then the colleagues this vault knows. */
export function ColleagueSettings() {
  return (
    <>
      <IdentitySection />
      <ContactsSection />
    </>
  );
}
