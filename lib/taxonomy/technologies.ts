import { cleanText, compactKey, foldCase, lazy, Memo } from "./text";

export interface TechnologyDef {
  name: string;
  aliases: string[];
}

// One line per product: canonical name first, then vendor, product-edition
// and domain spellings ("|" at a line's start continues the line above).
// Domains are matched with or without their TLD.
const TABLE = `
Salesforce|salesforce.com|SFDC|Salesforce CRM|Sales Cloud
|Salesforce Sales Cloud|Force.com|Salesforce Service Cloud|Service Cloud
|Salesforce Platform
Salesforce Marketing Cloud|SFMC|ExactTarget|Marketing Cloud
Pardot|Salesforce Pardot|Marketing Cloud Account Engagement|Account Engagement
Tableau|Tableau Software|tableau.com
Slack|slack.com|Slack Technologies
MuleSoft|Mulesoft Anypoint
HubSpot|Hubspot CRM|HubSpot Marketing Hub|HubSpot Sales Hub
|HubSpot Service Hub|HubSpot CMS|HubSpot Operations Hub|hubspot.com|Hub Spot
Microsoft Dynamics 365|Dynamics 365|Dynamics CRM|Microsoft Dynamics
|MS Dynamics|Dynamics|Microsoft Dynamics CRM|D365
Zoho CRM|Zoho|zoho.com|Zoho One
Pipedrive|pipedrive.com
Freshsales|Freshworks CRM
Freshdesk|Freshworks|freshdesk.com
Close|Close CRM|close.com|close.io
Copper|Copper CRM|ProsperWorks
Insightly
SugarCRM|Sugar CRM
Keap|Infusionsoft
Monday.com|monday|Monday Sales CRM|monday.com Work OS
Attio
Affinity
Marketo|Marketo Engage|Adobe Marketo|Adobe Marketo Engage|marketo.com
Eloqua|Oracle Eloqua|Oracle Marketing Cloud
ActiveCampaign|Active Campaign
Mailchimp|MailChimp|mailchimp.com|Intuit Mailchimp
Klaviyo|klaviyo.com
Braze|Appboy
Iterable
Customer.io|customerio
Sendgrid|SendGrid|Twilio SendGrid
Constant Contact
Campaign Monitor
Brevo|Sendinblue
Omnisend
Autopilot|Ortto
Outreach|Outreach.io|outreach.io
Salesloft|SalesLoft|salesloft.com
Apollo.io|Apollo|apollo.io
ZoomInfo|Zoominfo|DiscoverOrg|zoominfo.com
Clearbit
LinkedIn Sales Navigator|Sales Navigator|LinkedIn Sales Nav
Gong|Gong.io|gong.io
Chorus|Chorus.ai
Clari
6sense|6Sense|Sixth Sense
Demandbase
Bombora
G2
Gainsight|Gainsight CS|Gainsight Customer Success
ChurnZero
Totango
Vitally
Zendesk|Zendesk Support|Zendesk Suite|Zendesk Sell|Zendesk Chat|zendesk.com
|Zopim
Intercom|intercom.io|intercom.com
Drift|Drift.com|Salesloft Drift
Front|Frontapp|Front App
Help Scout|HelpScout
Kustomer
Gorgias
ServiceNow|Service Now|servicenow.com|ServiceNow ITSM
Jira Service Management|Jira Service Desk|JSM
LiveChat|Live Chat
Qualtrics|Qualtrics XM
Medallia|Medallia Experience Cloud
SurveyMonkey|Momentive
Typeform
Hotjar
FullStory
Google Analytics|GA4|Google Analytics 4|Universal Analytics
|google-analytics.com
Google Tag Manager|GTM
Google Ads|Google AdWords|AdWords
Google Workspace|G Suite|GSuite|Google Apps|Gmail
Google Search Console
Adobe Analytics|Omniture|SiteCatalyst
Adobe Experience Manager|AEM|Adobe AEM|Adobe CQ
Adobe Experience Cloud|Adobe Marketing Cloud
Adobe Creative Cloud|Adobe Creative Suite|Photoshop|Adobe Photoshop
|Illustrator|Adobe Illustrator
Mixpanel|mixpanel.com
Amplitude|Amplitude Analytics
Heap|Heap Analytics
Segment|Twilio Segment|segment.com|segment.io|Segment CDP
mParticle
Pendo|pendo.io
Optimizely
VWO|Visual Website Optimizer
LaunchDarkly
Looker|Google Looker|Looker Studio|Google Data Studio|Data Studio
Power BI|PowerBI|Microsoft Power BI|MS Power BI
Qlik|Qlik Sense|QlikView
Domo
Sisense
Metabase
Mode|Mode Analytics
ThoughtSpot
Snowflake|Snowflake Data Cloud|snowflake.com|Snowflake Computing
Databricks|databricks.com|Databricks Lakehouse
Google BigQuery|BigQuery|Big Query|GBQ
Amazon Redshift|Redshift|AWS Redshift
Azure Synapse|Azure Synapse Analytics|Azure SQL Data Warehouse
Teradata
ClickHouse|Clickhouse
Apache Spark|Spark|PySpark
Apache Kafka|Kafka|Confluent|Confluent Kafka
Apache Airflow|Airflow
dbt|dbt Labs|Data Build Tool|dbt Cloud
Fivetran
Stitch|Stitch Data
Airbyte
Informatica
Talend
Alteryx
Hadoop|Apache Hadoop|Cloudera|Hortonworks
Elasticsearch|Elastic|ElasticSearch|Elastic Stack|ELK|ELK Stack|OpenSearch
Splunk
Datadog|DataDog|datadoghq.com
New Relic|NewRelic
Dynatrace
AppDynamics|App Dynamics
Sentry|sentry.io
PagerDuty|Pager Duty
Grafana
Prometheus
Sumo Logic
AWS|Amazon Web Services|Amazon AWS|aws.amazon.com|Amazon Cloud|AWS Cloud
Amazon S3|S3|AWS S3
Amazon EC2|EC2|AWS EC2
AWS Lambda|Lambda|Amazon Lambda
Amazon DynamoDB|DynamoDB
Amazon RDS|RDS|AWS RDS|Amazon Aurora|Aurora
Amazon CloudFront|CloudFront
Google Cloud|GCP|Google Cloud Platform|Google Cloud Services|cloud.google.com
|Google Compute Engine|GCE|Google App Engine
Azure|Microsoft Azure|MS Azure|Windows Azure|Azure Cloud|azure.microsoft.com
Oracle Cloud|OCI|Oracle Cloud Infrastructure
IBM Cloud|IBM Bluemix|Bluemix
Alibaba Cloud|Aliyun
DigitalOcean|Digital Ocean
Heroku
Vercel|Zeit
Netlify
Cloudflare|cloudflare.com|CloudFlare CDN
Akamai
Fastly
Linode|Akamai Linode
Firebase|Google Firebase
Supabase
Kubernetes|K8s|K8S|Kube|kubernetes.io|Amazon EKS|EKS|Google Kubernetes Engine
|GKE|Azure Kubernetes Service|AKS|OpenShift|Red Hat OpenShift
Docker|Docker Swarm|Docker Engine
Terraform|HashiCorp Terraform
Ansible|Red Hat Ansible
Chef
Puppet
HashiCorp Vault|Vault
Consul
Jenkins
GitHub|Github|github.com|GitHub Enterprise
GitHub Actions
GitLab|Gitlab|gitlab.com
Bitbucket|BitBucket|Atlassian Bitbucket
CircleCI|Circle CI
Travis CI|TravisCI
Jira|JIRA|Atlassian Jira|Jira Software
Confluence|Atlassian Confluence|Confluence Cloud
Trello
Asana|asana.com
ClickUp
Notion|notion.so
Airtable
Smartsheet
Linear|linear.app
Basecamp
Miro|RealtimeBoard
Figma|figma.com
Sketch
InVision
Canva
Microsoft Teams|MS Teams|Teams
Microsoft 365|Office 365|O365|MS Office|Microsoft Office|Microsoft Office 365
|M365
Microsoft Exchange|Exchange|Exchange Online
SharePoint|Microsoft SharePoint
Outlook|Microsoft Outlook
OneDrive
Zoom|Zoom Video|zoom.us|Zoom Video Communications
Webex|Cisco Webex
RingCentral
Twilio|twilio.com|Twilio Flex
Vonage|Nexmo
Aircall
Dialpad
Talkdesk
Five9
Genesys|Genesys Cloud|PureCloud
Calendly
DocuSign|Docusign|docusign.com
PandaDoc
Dropbox|dropbox.com|Dropbox Business
Box|box.com
Okta|okta.com
Auth0
OneLogin
Microsoft Entra ID|Azure AD|Azure Active Directory|Entra ID
Active Directory|Microsoft Active Directory|AD
CrowdStrike|Crowdstrike Falcon
SentinelOne
Palo Alto Networks|Palo Alto|Prisma Cloud
Fortinet|FortiGate
Zscaler
Cisco|Cisco Systems
Cisco Meraki|Meraki
Juniper|Juniper Networks
Check Point|Checkpoint
Wiz
Snyk
Tenable|Nessus
Rapid7
Qualys
Proofpoint
Mimecast
KnowBe4
1Password
LastPass
Jamf
VMware|VMWare|vSphere|VMware vSphere
Citrix
Nutanix
Red Hat|RedHat|Red Hat Enterprise Linux|RHEL
Ubuntu
Linux
Windows Server|Microsoft Windows Server
NetSuite|Oracle NetSuite|Netsuite ERP
SAP|SAP ERP|SAP ECC
SAP S/4HANA|S/4HANA|S4HANA|SAP S4
SAP SuccessFactors|SuccessFactors
SAP Concur|Concur
SAP Ariba|Ariba
Oracle|Oracle Database|Oracle DB
Oracle E-Business Suite|Oracle EBS
Oracle Fusion|Oracle Fusion Cloud|Oracle ERP Cloud
Workday|Workday HCM|Workday Financials
BambooHR|Bamboo HR
Gusto
Rippling
ADP|ADP Workforce Now
Paychex
UKG|Ultimate Software|UltiPro|Kronos
Greenhouse|Greenhouse Software
Lever
Workable
SmartRecruiters
iCIMS
Deel
Lattice
Culture Amp|CultureAmp
QuickBooks|Quickbooks|QuickBooks Online|QBO|Intuit QuickBooks
Xero
Sage|Sage Intacct|Intacct
FreshBooks
Bill.com|Bill
Expensify
Brex
Ramp
Coupa
Avalara
Stripe|stripe.com|Stripe Payments
PayPal|Paypal|paypal.com|Braintree
Adyen
Square|Block|Squareup
Checkout.com
Klarna
Affirm
Chargebee
Recurly
Zuora
Paddle
Shopify|Shopify Plus|shopify.com|Shopify POS
WooCommerce|Woo Commerce
Magento|Adobe Commerce|Magento Commerce
BigCommerce|Big Commerce
Salesforce Commerce Cloud|Demandware|Commerce Cloud|SFCC
commercetools
Wix|wix.com
Squarespace
WordPress|Wordpress|wordpress.com|wordpress.org|WP
Webflow
Drupal
Contentful
Sanity
Strapi
Unbounce
Instapage
Yotpo
Trustpilot
Recharge|ReCharge
Algolia
Elastic Path
Amazon Marketplace|Amazon Seller Central
Facebook Ads|Meta Ads|Facebook Pixel|Meta Pixel
LinkedIn Ads|LinkedIn Marketing Solutions|LinkedIn Insight Tag
Twitter Ads|X Ads
TikTok Ads
Hootsuite
Sprout Social
Buffer
Sprinklr
Semrush|SEMrush
Ahrefs
Moz
Gainsight PX
WalkMe
Userpilot
Appcues
Postman
Swagger|OpenAPI
MongoDB|Mongo|Mongo DB|MongoDB Atlas
PostgreSQL|Postgres|Postgre SQL|Postgresql
MySQL|My SQL|MariaDB
Microsoft SQL Server|SQL Server|MSSQL|MS SQL
Redis|Redis Labs|Redis Enterprise
Cassandra|Apache Cassandra|DataStax
Couchbase
Neo4j
SQLite
CockroachDB|Cockroach Labs
PlanetScale
Pinecone
React|React.js|ReactJS|React JS|Reactjs
React Native
Next.js|NextJS|Next JS|Nextjs
Angular|AngularJS|Angular.js|Angular JS
Vue.js|Vue|VueJS|Vue JS|Vuejs
Nuxt|Nuxt.js|NuxtJS
Svelte|SvelteKit
jQuery|JQuery
Bootstrap|Twitter Bootstrap
Tailwind CSS|Tailwind|TailwindCSS
Node.js|Node|NodeJS|Node JS|Nodejs
Express|Express.js|ExpressJS
NestJS|Nest.js
Deno
TypeScript|Typescript|TS
JavaScript|Javascript|JS|ECMAScript
Python
Django
Flask
FastAPI
Ruby
Ruby on Rails|Rails|RoR
Java
Spring|Spring Boot|Spring Framework
Kotlin
Scala
Go|Golang|Go Lang
Rust
C#|CSharp|C Sharp
.NET|dotnet|.NET Core|ASP.NET|ASP.NET Core|Microsoft .NET
C++|CPP
PHP
Laravel
Symfony
Swift
Objective-C|ObjectiveC
Flutter
Dart
Elixir|Phoenix
Haskell
R|R Language
MATLAB|Matlab
GraphQL|Graph QL
Apollo GraphQL
gRPC
RabbitMQ|Rabbit MQ
Amazon SQS|SQS
Nginx|NGINX
Apache HTTP Server|Apache Web Server|Apache httpd
Webpack
Vite
TensorFlow|Tensorflow
PyTorch|Pytorch
scikit-learn|sklearn|Scikit Learn
OpenAI|OpenAI API|ChatGPT|GPT-4|ChatGPT Enterprise
Anthropic|Claude
Hugging Face|HuggingFace
LangChain
Jupyter|Jupyter Notebook|JupyterLab
Unity|Unity3D
Unreal Engine|Unreal
Zapier
Make|Integromat
Workato
Boomi|Dell Boomi
Tray.io|Tray
UiPath
Automation Anywhere
Marketo Measure|Bizible
Hightouch
Census
Loom
Vidyard
Wistia
Vimeo
YouTube
Brightcove
Mux
Contentsquare
Crazy Egg|CrazyEgg
Qualified
Chili Piper|ChiliPiper
Lusha
Seamless.AI|Seamless AI
Cognism
Lemlist
Reply.io|Reply
Mailshake
Yesware
Mixmax
Groove
Highspot
Seismic
Showpad
Guru
Atlassian|Atlassian Cloud
Citrix ShareFile|ShareFile
Egnyte
Backblaze
Veeam
Commvault
Rubrik
Cohesity
NetApp
Pure Storage
Dell EMC|EMC
HPE|Hewlett Packard Enterprise
Lenovo
Apple|macOS|Mac OS
iOS
Android
Windows|Microsoft Windows
Chrome|Google Chrome
Mapbox
Google Maps|Google Maps API|Google Maps Platform
Plaid
Marqeta
Auth.net|Authorize.Net|Authorize Net
Worldpay
Mollie
Razorpay
Sift
Planhat
Userlane
Epic|Epic Systems|Epic EHR
Cerner|Oracle Cerner|Oracle Health
athenahealth|athenaHealth|Athena Health
Veeva|Veeva Systems|Veeva CRM|Veeva Vault
Procore
Autodesk|AutoCAD|Revit|Autodesk Revit
Esri|ArcGIS
Bentley Systems
Siemens|Siemens PLM
Dassault Systemes|SolidWorks|CATIA
PTC|Creo|Windchill
Infor|Infor CloudSuite
Epicor
Microsoft Dynamics 365 Business Central|Business Central|Dynamics NAV|Navision
Microsoft Dynamics AX|Dynamics AX|Dynamics 365 Finance
Odoo|OpenERP
Acumatica
IFS
Blue Yonder|JDA
Manhattan Associates
Kinaxis
Anaplan
Adaptive Insights|Workday Adaptive Planning|Adaptive Planning
BlackLine
Planful|Host Analytics
OneStream
Kyriba
Toast
Lightspeed
Clover
Oracle Hospitality|Micros|Oracle MICROS
Mindbody
Eventbrite
Cvent
Hopin
ON24
GoToWebinar|GoTo Webinar|GoTo
`;

export const TECHNOLOGIES: readonly TechnologyDef[] = TABLE.trim()
  .replace(/\n\|/g, "|")
  .split("\n")
  .map((line) => {
    const [name, ...aliases] = line.split("|");
    return { name: name!, aliases };
  });

// Keys keep "+", "#" and a leading "." so C++, C# and .NET stay distinct
// from C and NET.
function techKey(s: string): string {
  return foldCase(s)
    .replace(/\+/g, " plus ")
    .replace(/#/g, " sharp ")
    .replace(/^\./, "dot ")
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}

const DOMAIN_RE = /\.(?:com|io|ai|co|net|org|app|dev|so|us)$/i;

const index = lazy(() => {
  const map = new Map<string, string>();
  for (const { name, aliases } of TECHNOLOGIES) {
    for (const label of [name, ...aliases]) {
      const key = techKey(label);
      if (!map.has(key)) map.set(key, name);
    }
  }
  // Space-free forms second, so an exact spelling always wins over a
  // collision between two products' compact forms.
  for (const { name, aliases } of TECHNOLOGIES) {
    for (const label of [name, ...aliases]) {
      const key = techKey(label).replace(/ /g, "");
      if (!map.has(key)) map.set(key, name);
    }
  }
  return map;
});

function lookup(raw: string): string | null {
  const cleaned = cleanText(raw);
  if (cleaned === "") return null;
  const map = index();
  const key = techKey(cleaned);
  if (key === "") return null;
  const found =
    map.get(key) ??
    map.get(key.replace(/ /g, "")) ??
    map.get(techKey(cleaned.replace(DOMAIN_RE, ""))) ??
    map.get(compactKey(cleaned.replace(DOMAIN_RE, "")));
  // Unknown products keep their spelling (trimmed) so ICPs can name them.
  return found ?? cleaned;
}

const memo = new Memo<string | null>(20_000);

/**
 * Maps a technology to its canonical product name. Unknown technologies are
 * kept as written (trimmed); only an empty value yields null.
 */
export function normalizeTechnology(s: string): string | null {
  if (typeof s !== "string") return null;
  return memo.get(s, lookup);
}

const LIST_SPLIT_RE = /\s*[,;|\n]\s*/;

function canonicalList(parts: readonly unknown[]): string[] {
  const out: string[] = [];
  for (const part of parts) {
    if (typeof part !== "string") continue;
    const name = normalizeTechnology(part);
    if (name !== null && !out.includes(name)) out.push(name);
  }
  return out;
}

const listMemo = new Memo<readonly string[]>(20_000);

function splitList(s: string): readonly string[] {
  return Object.freeze(canonicalList(s.split(LIST_SPLIT_RE)));
}

/**
 * Reads a lead's technologies, given as an array or a string separated by
 * , ; or |, into distinct canonical names. Null when the field is absent.
 */
export function normalizeTechnologies(v: unknown): string[] | null {
  if (Array.isArray(v)) return canonicalList(v);
  if (typeof v !== "string" || v.trim() === "") return null;
  return listMemo.get(v, splitList).slice();
}
